package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;

class ExitStatusTest {

    @TempDir
    Path directory;

    private CommandRun command;

    @BeforeEach
    void setUp() {
        command = new CommandRun(directory);
    }

    @Test
    void cleanTemplateExitsZero() {
        CommandRun.Outcome outcome = command.withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR))
                .run("templates/no-functions.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).isEqualTo("0 errors, 0 warnings, 0 notes in 1 template\n");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void errorFindingExitsOne() {
        CommandRun.Outcome outcome = command.withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR))
                .run("templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).isEqualTo("""
                templates/function.yaml:4:3: error LL901 HelloFn is a function [HelloFn]
                    related: templates/function.yaml:7:7: its runtime is set here
                1 error, 0 warnings, 0 notes in 1 template
                """);
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void warningsPassUnlessFailOnAsksForThem() {
        command.withRules(TestRules.flagsEveryFunction("LL901", Level.WARNING));

        assertThat(command.run("templates/function.yaml").exitCode()).isZero();
        assertThat(command.run("--fail-on", "warning", "templates/function.yaml").exitCode()).isEqualTo(1);
        assertThat(command.run("--fail-on=note", "templates/function.yaml").exitCode()).isEqualTo(1);
        assertThat(command.run("--fail-on", "ERROR", "templates/function.yaml").exitCode()).isZero();
    }

    @Test
    void failOnNeverIgnoresErrors() {
        CommandRun.Outcome outcome = command.withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR))
                .run("--fail-on", "never", "templates/function.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("error LL901");
    }

    @Test
    void notesDoNotFailByDefault() {
        CommandRun.Outcome outcome = command.withRules(TestRules.echoesDeployment()).run("templates/function.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("note LL903");
    }

    @Test
    void missingFileIsReportedAndTheOthersAreStillLinted() {
        CommandRun.Outcome outcome = command.withRules(TestRules.flagsEveryFunction("LL901", Level.WARNING))
                .run("templates/missing.yaml", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).isEqualTo("lambda-lint: templates/missing.yaml: no such file or directory\n");
        assertThat(outcome.out()).contains("templates/function.yaml:4:3: warning LL901 HelloFn is a function")
                .endsWith("0 errors, 1 warning, 0 notes in 1 template (1 file not readable)\n");
    }

    @Test
    void brokenYamlIsLL000AtItsLine() {
        CommandRun.Outcome outcome = command.run("templates/broken.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out().lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).startsWith("templates/broken.yaml:6:13: error LL000 unknown tag !Reff"));
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void internalErrorExitsThreeAsksForAReportAndStillReports() {
        CommandRun.Outcome outcome = command.withRules(TestRules.throwing(),
                TestRules.flagsEveryFunction("LL901", Level.ERROR)).run("templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.err()).isEqualTo("lambda-lint: internal error while checking templates/function.yaml "
                + "(rule LL902): IllegalStateException: rule bug — please report this at "
                + "https://github.com/lambdalint/lambda-lint/issues (run with --debug for the stack trace)\n");
        assertThat(outcome.out()).contains("error LL901 HelloFn is a function")
                .endsWith("1 error, 0 warnings, 0 notes in 1 template (1 internal error)\n");
    }

    @Test
    void debugShowsTheStackTrace() {
        CommandRun.Outcome outcome = command.withRules(TestRules.throwing()).run("--debug", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.err()).contains("java.lang.IllegalStateException: rule bug", "\tat ")
                .doesNotContain("run with --debug");
    }

    @Test
    void internalErrorOutranksUnreadableFilesWhichOutrankFindings() {
        command.withRules(TestRules.throwing(), TestRules.flagsEveryFunction("LL901", Level.ERROR));

        assertThat(command.run("templates/function.yaml", "templates/missing.yaml").exitCode()).isEqualTo(3);
        command.withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR));
        assertThat(command.run("templates/function.yaml", "templates/missing.yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void aDirectoryIsWalked() {
        CommandRun.Outcome outcome = command.withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR))
                .run("templates");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).contains("templates/broken.yaml:6:13: error LL000",
                "templates/function.yaml:4:3: error LL901").endsWith("in 3 templates\n");
    }

    @Test
    void aBugOutsideTheEngineIsAnInternalErrorToo() {
        command.withEngines(() -> {
            throw new java.util.ServiceConfigurationError("io.github.lambdalint.rule.Rule: Provider x not found");
        });

        CommandRun.Outcome outcome = command.run("templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.err()).startsWith("lambda-lint: internal error: IllegalStateException: cannot load the "
                + "installed rules: io.github.lambdalint.rule.Rule: Provider x not found — please report this at ")
                .doesNotContain("\tat ");
        assertThat(command.run("--debug", "templates/function.yaml").err()).contains("\tat ");
    }
}
