package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.report.SarifSchema;

class ReportOutputTest {

    private static final String ESC = "\u001B[";

    @TempDir
    Path directory;

    private CommandRun command;

    @BeforeEach
    void setUp() {
        command = new CommandRun(directory).withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR));
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() {
        CommandRun.Outcome outcome = command.run("-f", "sarif", "templates/function.yaml", "templates/broken.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(SarifSchema.violations(outcome.out())).isEmpty();
        assertThat(outcome.out()).contains("\"ruleId\": \"LL901\"", "\"ruleId\": \"LL000\"",
                "\"uri\": \"templates/function.yaml\"", "\"uriBaseId\": \"%SRCROOT%\"");
    }

    @Test
    void sarifWithNoFindingsIsValid() {
        CommandRun.Outcome outcome = command.run("--format=sarif", "templates/no-functions.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(SarifSchema.violations(outcome.out())).isEmpty();
        assertThat(outcome.out()).contains("\"results\": []");
    }

    @Test
    void jsonReport() {
        CommandRun.Outcome outcome = command.run("-f", "json", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).startsWith("{\n  \"formatVersion\": 1,")
                .contains("\"file\": \"templates/function.yaml\"", "\"resource\": \"HelloFn\"");
    }

    @Test
    void outputOptionWritesTheFileAndTheTextReportToTheConsole() throws IOException {
        CommandRun.Outcome outcome = command.onTerminal().run("-f", "sarif", "-o", "lint.sarif",
                "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).isEqualTo(command.run("templates/function.yaml").out())
                .contains(ESC + "1;31merror" + ESC + "0m", "LL901 HelloFn is a function [HelloFn]");
        assertThat(Files.readString(directory.resolve("lint.sarif"))).doesNotContain(ESC);
    }

    @Test
    void quietOutputWritesTheFileAndNothingToStandardOutput() throws IOException {
        CommandRun.Outcome outcome = command.run("--quiet", "-f", "sarif", "-o", "reports/lint.sarif",
                "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEmpty();
        Path report = directory.resolve("reports/lint.sarif");
        assertThat(SarifSchema.violations(Files.readString(report))).isEmpty();
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void outputThatCannotBeWrittenIsAnIoError() throws IOException {
        Files.writeString(Files.createDirectories(directory.resolve("taken")).resolve("file"), "x");

        CommandRun.Outcome outcome = command.run("-o", "taken", "templates/no-functions.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("lambda-lint: cannot write taken: ");
    }

    @Test
    void colourOnlyOnATerminal() {
        assertThat(command.run("templates/function.yaml").out()).doesNotContain(ESC);
        assertThat(command.onTerminal().run("templates/function.yaml").out()).contains(ESC + "1;31merror" + ESC + "0m");
    }

    @Test
    void noColourWhenAskedOrWhenNotText() throws IOException {
        command.onTerminal();

        assertThat(command.run("--no-color", "templates/function.yaml").out()).doesNotContain(ESC);
        assertThat(command.run("-f", "json", "templates/function.yaml").out()).doesNotContain(ESC);
        command.run("-o", "report.txt", "templates/function.yaml");
        assertThat(Files.readString(directory.resolve("report.txt"))).doesNotContain(ESC).contains("error LL901");
        assertThat(command.withVariable("TERM", "dumb").run("templates/function.yaml").out()).doesNotContain(ESC);
        assertThat(command.withVariable("TERM", "xterm").withVariable("NO_COLOR", "1").run("templates/function.yaml")
                .out()).doesNotContain(ESC);
    }
}
