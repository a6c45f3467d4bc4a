package io.github.lambdalint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.rule.Rule;

/**
 * Runs the command the way {@code main} does, through {@link LambdaLintCommand#commandLine},
 * in a working directory of its own that holds the test templates under {@code templates/}.
 */
final class CommandRun {

    /** What one run printed and returned. */
    record Outcome(int exitCode, String out, String err) {
    }

    private final Path workingDirectory;
    private final Map<String, String> variables = new HashMap<>();
    private Supplier<LintEngine> engines = () -> new LintEngine(List.of());
    private boolean terminal;
    private byte[] standardInput = new byte[0];

    CommandRun(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        copyTemplates("function.yaml", "no-functions.yaml", "broken.yaml");
    }

    CommandRun withRules(Rule... given) {
        List<Rule> rules = List.of(given);
        engines = () -> new LintEngine(rules);
        return this;
    }

    CommandRun withEngines(Supplier<LintEngine> given) {
        engines = given;
        return this;
    }

    CommandRun withVariable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    CommandRun withStandardInput(String text) {
        standardInput = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    CommandRun onTerminal() {
        terminal = true;
        return this;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(variables, workingDirectory, terminal, engines,
                new java.io.ByteArrayInputStream(standardInput), new PrintWriter(out, true), new PrintWriter(err, true));
        int exitCode = LambdaLintCommand.commandLine(environment).execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    private void copyTemplates(String... names) {
        try {
            Path templates = Files.createDirectories(workingDirectory.resolve("templates"));
            for (String name : names) {
                try (InputStream in = CommandRun.class.getResourceAsStream("/templates/" + name)) {
                    Files.copy(in, templates.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
