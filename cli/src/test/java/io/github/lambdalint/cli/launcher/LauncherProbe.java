package io.github.lambdalint.cli.launcher;

/**
 * Stands in for the CLI in a test installation of the launcher: prints the arguments it got,
 * one a line, and exits with the status {@code PROBE_STATUS} names.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println("arg:" + arg);
        }
        String status = System.getenv("PROBE_STATUS");
        System.exit(status == null ? 0 : Integer.parseInt(status));
    }
}
