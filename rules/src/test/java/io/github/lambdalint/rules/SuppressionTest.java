package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.config.ConfigSuppression;
import io.github.lambdalint.engine.LintEngine;
import io.github.lambdalint.engine.LintRequest;
import io.github.lambdalint.engine.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Suppression;
import io.github.lambdalint.parse.Position;

class SuppressionTest {

    private static final Path DIRECTORY = Path.of("..", "testdata", "suppressions");
    private static final LintEngine ENGINE = LintEngine.withInstalledRules();
    /** A template with one LL104 finding and no suppression of its own. */
    private static final Path SINGLE_SUBNET = Path.of("..", "testdata", "rules", "LL104", "sam-same-subnet-twice.yaml");

    private static LintResult lint(String name, List<ConfigSuppression> configured) {
        return ENGINE.lint(LintRequest.of(List.of(DIRECTORY.resolve(name)), DIRECTORY)
                .withSuppressions(configured, ".lambda-lint.yml"));
    }

    @Test
    void resourceSuppressionWithReasonMarksTheFindingAndKeepsIt() {
        LintResult result = lint("resource-ignore-with-reason.yaml", List.of());
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("LL104");
            assertThat(f.suppression()).contains(new Suppression(Suppression.Kind.IN_SOURCE,
                    "batch job; an AZ outage only delays it"));
        });
        assertThat(result.countAtLeast(Level.NOTE)).isZero();
        assertThat(result.suppressedCount()).isEqualTo(1);
    }

    @Test
    void suppressionWithoutReasonOrWithoutMatchIsANote() {
        LintResult result = lint("template-ignore-without-reason.yaml", List.of());
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
    void configuredSuppressionsMatchByRuleResourceAndFile() {
        ConfigSuppression byResource = new ConfigSuppression("LL104", Optional.of("Worker"), Optional.empty(),
                "accepted", new Position(3, 5));
        ConfigSuppression unused = new ConfigSuppression("LL104", Optional.of("Other"),
                Optional.of("templates/**"), "never matches", new Position(7, 5));
        LintResult result = lint("template-ignore-without-reason.yaml", List.of(unused, byResource));
        // The template's own suppression comes first; the configured one that could match is then unused.
        assertThat(result.findings()).filteredOn(f -> f.location().file().equals(".lambda-lint.yml"))
                .extracting(f -> f.location().position().line()).containsExactly(3, 7);

        // A file glob that names other files leaves the finding active, and is itself reported as unused.
        ConfigSuppression otherFiles = new ConfigSuppression("LL104", Optional.empty(), Optional.of("suppressions/**"),
                "accepted elsewhere", new Position(4, 5));
        LintResult byFile = ENGINE.lint(LintRequest.of(List.of(SINGLE_SUBNET), Path.of("..", "testdata"))
                .withSuppressions(List.of(otherFiles), ".lambda-lint.yml"));
        assertThat(byFile.findings())
                .extracting(Finding::ruleId, f -> f.location().file(), Finding::isSuppressed)
                .containsExactly(
                        tuple("LL001", ".lambda-lint.yml", false),
                        tuple("LL104", "rules/LL104/sam-same-subnet-twice.yaml", false));
    }

    @Test
    void configuredSuppressionAppliesWhenTheTemplateHasNone() {
        ConfigSuppression byGlob = new ConfigSuppression("LL104", Optional.empty(), Optional.of("**/sam-*.yaml"),
                "accepted in the examples", new Position(2, 3));
        LintResult result = ENGINE.lint(LintRequest.of(List.of(SINGLE_SUBNET), Path.of("..", "testdata"))
                .withSuppressions(List.of(byGlob), ".lambda-lint.yml"));
        assertThat(result.findings()).singleElement().satisfies(f ->
                assertThat(f.suppression()).contains(new Suppression(Suppression.Kind.EXTERNAL,
                        "accepted in the examples")));
    }
}
