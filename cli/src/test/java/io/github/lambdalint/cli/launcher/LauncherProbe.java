package io.github.lambdalint.cli.launcher;

import java.lang.management.ManagementFactory;

/**
 * Stands in for the CLI in a test installation of the launcher: prints the arguments it got,
 * one a line (with {@code PROBE_JVM} set, the JVM's options first), and exits with the status
 * {@code PROBE_STATUS} names.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        if (System.getenv("PROBE_JVM") != null) {
            for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                System.out.println("jvm:" + option);
            }
        }
        for (String arg : args) {
            System.out.println("arg:" + arg);
        }
        String status = System.getenv("PROBE_STATUS");
        System.exit(status == null ? 0 : Integer.parseInt(status));
    }
}
