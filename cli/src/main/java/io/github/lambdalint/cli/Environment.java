package io.github.lambdalint.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.lambdalint.api.LintEngine;

/**
 * What the command takes from the process around it. Tests give their own: a temporary
 * working directory, chosen variables, captured output and an engine with the rules they need.
 *
 * @param terminal whether standard output is a terminal (colour is only for terminals)
 * @param engines  makes the engine once it is needed, so usage errors cost nothing
 * @param in       standard input, read when a PATH is {@code -}
 */
public record Environment(Map<String, String> variables, Path workingDirectory, boolean terminal,
                          Supplier<LintEngine> engines, InputStream in, PrintWriter out, PrintWriter err) {

    public Environment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The real process: its variables and directory, the installed rules, UTF-8 standard streams. */
    public static Environment ofProcess() {
        // UTF-8 whatever the platform charset: JSON and SARIF on standard output must be UTF-8.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), System.console() != null,
                LintEngine::withInstalledRules, System.in, out, err);
    }

    /** A variable's value; an empty one counts as unset. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isEmpty());
    }

    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }
}
