package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.api.TemplateFiles;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/**
 * Lints every template under {@code testdata/rules} and {@code testdata/examples} and compares its
 * findings with the ones the template marks, exactly and both ways: a missing finding and an
 * unexpected one both fail. The examples carry the same markers, so the project the README lints
 * shows exactly the findings it says it shows.
 */
class TestdataTest {

    static final Path TESTDATA = Path.of("..", "testdata", "rules");
    /** The project the README's first command lints (DESIGN.md section 6). */
    static final Path EXAMPLES = Path.of("..", "testdata", "examples");
    /** Configuration files beside test templates are named NAME.lambda-lint.yml. */
    static final String CONFIG_SUFFIX = ".lambda-lint.yml";
    private static final LintEngine ENGINE = LintEngine.withInstalledRules();

    @TestFactory
    Stream<DynamicTest> everyTemplateGivesExactlyTheFindingsItMarks() throws IOException {
        return checks(TESTDATA, TESTDATA); // named LL104/cfn-one-subnet.yaml
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesExactlyTheFindingsItMarks() throws IOException {
        return checks(EXAMPLES, EXAMPLES.getParent()); // named examples/network/template.yaml
    }

    private static Stream<DynamicTest> checks(Path root, Path namesFrom) throws IOException {
        Map<String, Level> levels = ENGINE.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, RuleInfo::defaultLevel));
        return templates(root).map(template -> DynamicTest.dynamicTest(
                namesFrom.relativize(template).toString().replace('\\', '/'),
                template.toUri(), () -> check(template, root, levels)));
    }

    static Stream<Path> templates(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(TemplateFiles::hasTemplateExtension)
                    .filter(f -> !f.getFileName().toString().endsWith(CONFIG_SUFFIX))
                    // samconfig.yaml gives the template beside it its region; it is not a template.
                    .filter(f -> !f.getFileName().toString().matches("samconfig\\.(yaml|yml)"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static void check(Path template, Path root, Map<String, Level> levels) throws Exception {
        Expectations expected = Expectations.of(template, root, levels);
        // The same path the command line takes from options and configuration to a request.
        LintResult result = ENGINE.lint(LintRequest.builder(root).paths(List.of(template))
                .configFile(expected.config()).region(expected.region()).parameters(expected.parameters())
                .awsSnapshot(expected.snapshot()).build());
        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.crashes()).as("internal errors").isEmpty();
        Expectations.Differences differences = Expectations.compare(expected.findings(), result.findings());
        if (!differences.none()) {
            throw new AssertionError("findings of " + template + " differ from its markers:"
                    + differences.missing().stream().map(e -> "\n  missing:    " + e).collect(Collectors.joining())
                    + differences.unexpected().stream().map(f -> "\n  unexpected: " + describe(f))
                            .collect(Collectors.joining())
                    + "\nall findings:\n" + result.findings().stream().map(f -> "  " + describe(f))
                            .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Finding f) {
        return f.location() + " " + f.level().label() + " " + f.ruleId() + " " + f.message();
    }
}
