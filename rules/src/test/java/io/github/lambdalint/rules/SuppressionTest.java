package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Suppression;

class SuppressionTest {

    private static final Path DIRECTORY = Path.of("..", "testdata", "suppressions");
    private static final LintEngine ENGINE = LintEngine.withInstalledRules();
    /** A template with one LL104 finding and no suppression of its own. */
    private static final Path SINGLE_SUBNET = Path.of("..", "testdata", "rules", "LL104", "sam-same-subnet-twice.yaml");

    @TempDir
    Path runs;

    private static LintResult lint(String name) throws Exception {
        return ENGINE.lint(LintRequest.of(List.of(DIRECTORY.resolve(name)), DIRECTORY));
    }

    /** Lints a copy of a template at {@code relative} in a directory of its own, with a {@code .lambda-lint.yml}. */
    private LintResult lintWithConfig(Path template, String relative, String config) throws Exception {
        Path base = Files.createTempDirectory(runs, "run");
        Path copy = base.resolve(relative);
        Files.createDirectories(copy.getParent());
        Files.copy(template, copy);
        Files.writeString(base.resolve(LintRequest.DEFAULT_CONFIG_FILE), config);
        return ENGINE.lint(LintRequest.builder(base).paths(List.of(copy)).configFile(Optional.empty()).build());
    }

    @Test
    void resourceSuppressionWithReasonMarksTheFindingAndKeepsIt() throws Exception {
        LintResult result = lint("resource-ignore-with-reason.yaml");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("LL104");
            assertThat(f.suppression()).contains(new Suppression(Suppression.Kind.IN_SOURCE,
                    "batch job; an AZ outage only delays it"));
        });
        assertThat(result.countAtLeast(Level.NOTE)).isZero();
        assertThat(result.suppressedCount()).isEqualTo(1);
    }

    @Test
    void suppressionWithoutReasonOrWithoutMatchIsANote() throws Exception {
        LintResult result = lint("template-ignore-without-reason.yaml");
        assertThat(result.findings())
                .extracting(Finding::ruleId, f -> f.location().position().line(), Finding::isSuppressed)
                .containsExactly(
                        tuple("LL001", 7, false),
                        tuple("LL001", 8, false),
                        tuple("LL104", 24, true));
        assertThat(result.findings().get(0).message()).contains("LL104").contains("gives no reason");
        assertThat(result.findings().get(1).message()).contains("LL401").contains("matches no finding");
        assertThat(result.countAtLeast(Level.WARNING)).isZero();
    }

    @Test
    void configuredSuppressionsMatchByRuleResourceAndFile() throws Exception {
        String name = "template-ignore-without-reason.yaml";
        LintResult result = lintWithConfig(DIRECTORY.resolve(name), name, """
                # by resource, and one that never matches
                suppress:
                  - rule: LL104
                    resource: Worker
                    reason: accepted
                  # no resource Other in templates/
                  - rule: LL104
                    resource: Other
                    file: "templates/**"
                    reason: never matches
                """);
        // The template's own suppression comes first; the configured one that could match is then unused.
        assertThat(result.findings()).filteredOn(f -> f.location().file().equals(".lambda-lint.yml"))
                .extracting(f -> f.location().position().line()).containsExactly(3, 7);

        // A file glob that names other files leaves the finding active, and is itself reported as unused.
        LintResult byFile = lintWithConfig(SINGLE_SUBNET, "rules/LL104/sam-same-subnet-twice.yaml", """
                suppress:
                  - rule: LL104
                    file: "suppressions/**"
                    reason: accepted elsewhere
                """);
        assertThat(byFile.findings())
                .extracting(Finding::ruleId, f -> f.location().file(), Finding::isSuppressed)
                .containsExactly(
                        tuple("LL001", ".lambda-lint.yml", false),
                        tuple("LL104", "rules/LL104/sam-same-subnet-twice.yaml", false));
    }

    @Test
    void configuredSuppressionAppliesWhenTheTemplateHasNone() throws Exception {
        LintResult result = lintWithConfig(SINGLE_SUBNET, "rules/LL104/sam-same-subnet-twice.yaml", """
                suppress:
                  - rule: LL104
                    file: "**/sam-*.yaml"
                    reason: accepted in the examples
                """);
        assertThat(result.findings()).singleElement().satisfies(f ->
                assertThat(f.suppression()).contains(new Suppression(Suppression.Kind.EXTERNAL,
                        "accepted in the examples")));
    }
}
