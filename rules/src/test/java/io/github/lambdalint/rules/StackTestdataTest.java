package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/**
 * Lints each folder under {@code testdata/stacks} as one run — a set of stacks that import from
 * each other — and compares every file's findings with its markers, exactly and both ways. Each
 * folder named after a rule ({@code LL101-...}) has a twin {@code merged/NAME.yaml}: the same
 * resources in one template, which must give the same findings (rule, level, resource); folders
 * named {@code quiet-...} show what stays unknown.
 */
class StackTestdataTest {

    static final Path STACKS = Path.of("..", "testdata", "stacks");
    static final String MERGED = "merged";
    private static final LintEngine ENGINE = LintEngine.withInstalledRules();

    @TestFactory
    Stream<DynamicTest> everyFolderGivesExactlyTheFindingsItsTemplatesMark() throws IOException {
        Map<String, Level> levels = ENGINE.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, RuleInfo::defaultLevel));
        return folders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), folder.toUri(),
                () -> checkMarkers(folder, levels)));
    }

    @TestFactory
    Stream<DynamicTest> everyPairGivesTheFindingsOfItsMergedTwin() throws IOException {
        return folders().filter(f -> f.getFileName().toString().startsWith("LL"))
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), folder.toUri(),
                        () -> checkTwin(folder)));
    }

    @TestFactory
    Stream<DynamicTest> egressFindingsOfAPairPointIntoTheNetworkTemplate() throws IOException {
        return folders().filter(f -> f.getFileName().toString().matches("LL10[12]-.*"))
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), folder.toUri(), () -> {
                    String network = folder.getFileName() + "/network.yaml";
                    List<Finding> egress = lint(templatesOf(folder)).findings().stream()
                            .filter(f -> f.ruleId().matches("LL10[12]")).toList();
                    assertThat(egress).isNotEmpty().allSatisfy(f -> {
                        assertThat(f.location().file()).isEqualTo(folder.getFileName() + "/app.yaml");
                        assertThat(f.evidence()).anySatisfy(r ->
                                assertThat(r.location().file()).isEqualTo(network));
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> aParentNamedAloneBringsItsLocalNestedTemplatesIntoTheRun() throws IOException {
        return folders().filter(f -> f.getFileName().toString().matches("LL\\d+-nested-.*"))
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), folder.toUri(), () -> {
                    LintResult alone = lint(List.of(folder.resolve("app.yaml")));
                    LintResult all = lint(templatesOf(folder));
                    assertThat(alone.templatesLinted()).isEqualTo(all.templatesLinted()).isGreaterThan(1);
                    assertThat(alone.findings()).isNotEmpty().isEqualTo(all.findings());
                }));
    }

    private static void checkMarkers(Path folder, Map<String, Level> levels) throws Exception {
        List<Path> templates = templatesOf(folder);
        LintResult result = lint(templates);
        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.crashes()).as("internal errors").isEmpty();
        List<Expectations.Expected> expected = new ArrayList<>();
        for (Path template : templates) {
            expected.addAll(Expectations.of(template, STACKS, levels).findings());
        }
        Expectations.Differences differences = Expectations.compare(expected, result.findings());
        assertThat(differences.missing()).as("missing findings; all findings:%n%s", describe(result)).isEmpty();
        assertThat(differences.unexpected()).as("unexpected findings; all findings:%n%s", describe(result))
                .isEmpty();
    }

    private static void checkTwin(Path folder) throws Exception {
        Path twin = STACKS.resolve(MERGED).resolve(folder.getFileName() + ".yaml");
        assertThat(twin).as("the merged twin of " + folder).isRegularFile();
        LintResult pair = lint(templatesOf(folder));
        LintResult merged = lint(List.of(twin));
        assertThat(answers(pair)).as("pair:%n%s%nmerged:%n%s", describe(pair), describe(merged))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(answers(merged));
    }

    /** What "the same answers" means across a pair and its twin: rule, level and resource, as a multiset. */
    private static List<String> answers(LintResult result) {
        return result.findings().stream()
                .map(f -> f.ruleId() + " " + f.level().label() + " " + f.resource().orElse("-"))
                .sorted()
                .toList();
    }

    private static LintResult lint(List<Path> templates) throws Exception {
        return ENGINE.lint(LintRequest.builder(STACKS).paths(templates).build());
    }

    private static Stream<Path> folders() throws IOException {
        try (Stream<Path> entries = Files.list(STACKS)) {
            return entries.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    private static List<Path> templatesOf(Path folder) throws IOException {
        return TestdataTest.templates(folder).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String describe(LintResult result) {
        return result.findings().stream()
                .map(f -> "  " + f.location() + " " + f.level().label() + " " + f.ruleId() + " " + f.message()
                        + f.evidence().stream().map(r -> "\n      " + r.location() + " " + r.description())
                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
