package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.report.SarifSchema;

/** The formats and options CI systems need: annotations, JUnit, SARIF categories, paths from the repository root. */
class CiFormatsTest {

    @TempDir
    Path directory;

    private CommandRun command;

    @BeforeEach
    void setUp() {
        command = new CommandRun(directory).withRules(TestRules.flagsEveryFunction("LL901", Level.WARNING));
    }

    @Test
    void aTemplateOnStandardInputIsShownAsStdin() throws IOException {
        command.withStandardInput(Files.readString(directory.resolve("templates/function.yaml")));

        CommandRun.Outcome outcome = command.run("-", "templates/no-functions.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).startsWith("<stdin>:4:3: warning LL901 HelloFn is a function [HelloFn]\n")
                .endsWith("in 2 templates\n");
        assertThat(command.withStandardInput("Resources: [").run("-").out()).startsWith("<stdin>:1:");
    }

    @Test
    void excludesLeaveOutWhatWalksAndGlobsFind() throws IOException {
        Files.createDirectories(directory.resolve("templates/legacy"));
        Files.copy(directory.resolve("templates/function.yaml"), directory.resolve("templates/legacy/old.yaml"));

        assertThat(command.run("templates").out()).contains("templates/legacy/old.yaml:4:3:");
        CommandRun.Outcome excluded = command.run("--exclude", "templates/legacy", "--exclude", "**/broken.yaml",
                "templates");
        assertThat(excluded.out()).doesNotContain("legacy", "broken").endsWith("in 2 templates\n");
        assertThat(command.run("--exclude", "templates/legacy/", "templates/**/*.yaml").out())
                .doesNotContain("legacy");
    }

    @Test
    void githubFormatPrintsOneWorkflowCommandPerFinding() {
        CommandRun.Outcome outcome = command.run("-f", "github", "templates/function.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out().lines()).containsExactly(
                "::warning file=templates/function.yaml,line=4,col=3,title=LL901 FlagsEveryFunction::"
                        + "HelloFn is a function [HelloFn]%0A  related: templates/function.yaml:7:7: its runtime is set here",
                "0 errors, 1 warning, 0 notes in 1 template");
    }

    @Test
    void junitFormatIsOneCasePerFinding() {
        CommandRun.Outcome outcome = command.run("-f", "junit", "templates/function.yaml", "templates/broken.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"lambda-lint\"")
                .contains("<testcase classname=\"templates/function.yaml\" name=\"LL901 FlagsEveryFunction [HelloFn]\"",
                        "<failure type=\"warning\" message=\"HelloFn is a function\">",
                        "<testcase classname=\"templates/broken.yaml\" name=\"LL000 TemplateNotReadable\"");
    }

    @Test
    void sarifCategoryBecomesTheAutomationId() {
        String sarif = command.run("-f", "sarif", "--sarif-category", "lambda-lint/infra", "templates").out();

        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(sarif).contains("\"automationDetails\": {\n        \"id\": \"lambda-lint/infra/\"");
    }

    @Test
    void aSarifCategoryForAnotherFormatIsAWarning() {
        CommandRun.Outcome outcome = command.run("-f", "json", "--sarif-category", "infra", "templates/function.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.err()).isEqualTo("lambda-lint: warning: --sarif-category applies only to -f sarif (ignored)\n");
        assertThat(command.run("-f", "sarif", "--sarif-category", "infra", "templates/function.yaml").err()).isEmpty();
    }

    @Test
    void templatesOutsideTheWorkingDirectoryAreRelativeToTheRepositoryRoot() throws IOException {
        Files.createDirectories(directory.resolve(".git"));
        Path run = Files.createDirectories(directory.resolve("tools"));
        CommandRun fromTools = new CommandRun(run).withRules(TestRules.flagsEveryFunction("LL901", Level.WARNING));

        CommandRun.Outcome sarif = fromTools.run("-f", "sarif", "../templates/function.yaml");
        assertThat(SarifSchema.violations(sarif.out())).isEmpty();
        assertThat(sarif.out()).contains("\"uri\": \"templates/function.yaml\"", "\"uriBaseId\": \"%SRCROOT%\"",
                "The root of the repository").doesNotContain("file://");
        assertThat(fromTools.run("-f", "github", "../templates/function.yaml").out())
                .startsWith("::warning file=templates/function.yaml,");
        // The text report keeps paths a terminal can open from where lambda-lint ran.
        assertThat(fromTools.run("../templates/function.yaml").out())
                .startsWith(directory.resolve("templates/function.yaml") + ":4:3: ");
    }

    @Test
    void aRunFromOutsideTheRepositoryStillGetsUrisRelativeToIt() throws IOException {
        Path repository = Files.createDirectories(directory.resolve("repo"));
        Files.writeString(repository.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/repo\n");
        Files.move(directory.resolve("templates"), repository.resolve("templates"));
        CommandRun elsewhere = new CommandRun(Files.createDirectories(directory.resolve("elsewhere")))
                .withRules(TestRules.flagsEveryFunction("LL901", Level.WARNING));

        String sarif = elsewhere.run("-f", "sarif", repository.resolve("templates").toString()).out();

        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(sarif).contains("\"uri\": \"templates/function.yaml\"").doesNotContain("file://");
    }

    @Test
    void sourceRootOptionWinsAndMustBeADirectory() {
        String sarif = command.run("-f", "sarif", "--source-root", "templates", "templates/function.yaml").out();
        assertThat(sarif).contains("\"uri\": \"function.yaml\"", "given as the source root");

        CommandRun.Outcome missing = command.run("--source-root", "nowhere", "templates/function.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("lambda-lint: --source-root nowhere is not a directory\n");
    }

    @Test
    void globsInArgumentsAreExpandedForShellsThatDoNot() throws IOException {
        Files.createDirectories(directory.resolve("templates/nested"));
        Files.copy(directory.resolve("templates/function.yaml"), directory.resolve("templates/nested/other.yaml"));

        CommandRun.Outcome outcome = command.run("templates/**/f*.yaml", "templates/nested/*.yaml");

        assertThat(outcome.out()).contains("templates/function.yaml:4:3:", "templates/nested/other.yaml:4:3:")
                .endsWith("in 2 templates\n");
        CommandRun.Outcome none = command.run("templates/**/*.toml");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("templates/**/*.toml: no file matches the pattern");
    }
}
