package io.github.lambdalint.cli;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(LambdaLintCommand.commandLine(Environment.ofProcess()).execute(args));
    }
}
