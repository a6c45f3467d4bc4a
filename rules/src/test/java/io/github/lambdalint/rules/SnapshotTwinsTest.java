package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/**
 * A network the AWS snapshot describes gives the same findings as the same network written in the
 * template: every {@code NAME-from-snapshot.yaml} under {@code testdata/rules} has a twin
 * {@code NAME-in-template.yaml}, and both give the same rules at the same levels on the same
 * resources. Each file's exact findings are checked by {@link TestdataTest}; this test ties the pair.
 */
class SnapshotTwinsTest {

    private static final String FROM_SNAPSHOT = "-from-snapshot.yaml";
    private static final String IN_TEMPLATE = "-in-template.yaml";
    private static final LintEngine ENGINE = LintEngine.withInstalledRules();

    /** What must agree between twins: the templates' lines and names differ. */
    record Outcome(String rule, String level, String resource) {
    }

    @TestFactory
    Stream<DynamicTest> snapshotAndTemplateTwinsGiveTheSameFindings() throws IOException {
        return twins().map(snapshot -> DynamicTest.dynamicTest(
                TestdataTest.TESTDATA.relativize(snapshot).toString().replace('\\', '/'), () -> {
                    Path template = snapshot.resolveSibling(snapshot.getFileName().toString()
                            .replace(FROM_SNAPSHOT, IN_TEMPLATE));
                    assertThat(template).as("the twin of " + snapshot).exists();
                    assertThat(outcomes(snapshot)).isEqualTo(outcomes(template));
                }));
    }

    @Test
    void thereAreTwinsThatFireAndTwinsThatStayQuiet() throws IOException {
        List<Path> all = twins().toList();
        assertThat(all).anyMatch(p -> p.getFileName().toString().startsWith("quiet-"));
        assertThat(all).anyMatch(p -> !p.getFileName().toString().startsWith("quiet-"));
    }

    private static Stream<Path> twins() throws IOException {
        try (Stream<Path> files = Files.walk(TestdataTest.TESTDATA)) {
            return files.filter(p -> p.getFileName().toString().endsWith(FROM_SNAPSHOT)).sorted().toList().stream();
        }
    }

    private static List<Outcome> outcomes(Path template) throws Exception {
        return lint(template).findings().stream().map(SnapshotTwinsTest::outcome).sorted(
                java.util.Comparator.comparing(Outcome::toString)).toList();
    }

    /** Lints a template of {@code testdata/rules} with the deployment facts its header gives. */
    static LintResult lint(Path template) throws Exception {
        Map<String, Level> levels = ENGINE.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, RuleInfo::defaultLevel));
        Expectations given = Expectations.of(template, TestdataTest.TESTDATA, levels);
        LintResult result = ENGINE.lint(LintRequest.builder(TestdataTest.TESTDATA).paths(List.of(template))
                .configFile(given.config()).region(given.region()).parameters(given.parameters())
                .awsSnapshot(given.snapshot()).build());
        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.crashes()).isEmpty();
        return result;
    }

    private static Outcome outcome(Finding finding) {
        return new Outcome(finding.ruleId(), finding.level().label(), finding.resource().orElse(""));
    }
}
