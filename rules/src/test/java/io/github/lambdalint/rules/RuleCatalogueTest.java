package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.TemplateFiles;
import io.github.lambdalint.rule.RuleDocs;
import io.github.lambdalint.rule.RuleInfo;

/**
 * Every rule carries what users and reviewers rely on: a doc page (shipped in the jar) with the
 * sections a reader looks for, templates that make it fire and look-alikes that keep it quiet,
 * and metadata that SARIF accepts. Docs and tests cannot drift from the rules.
 */
class RuleCatalogueTest {

    private static final List<RuleInfo> RULES = LintEngine.withInstalledRules().rules();
    private static final Path TESTDATA = Path.of("..", "testdata", "rules");
    private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]+");
    private static final List<String> DOC_SECTIONS = List.of("## What it flags", "## Why it matters");

    @Test
    void theCatalogueHasTheRulesOfTheDesign() {
        assertThat(RULES).extracting(RuleInfo::id).containsExactly("LL000", "LL001", "LL101", "LL102", "LL103",
                "LL104", "LL105", "LL201", "LL202", "LL203", "LL204", "LL205", "LL301", "LL302", "LL303", "LL304",
                "LL401", "LL402", "LL403");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsDocumentedAndTested() {
        return RULES.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            assertThat(rule.name()).matches(PASCAL_CASE);
            assertThat(rule.summary()).endsWith(".").doesNotContain("\n");
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.precision()).isIn("very-high", "high", "medium", "low");
            assertThat(rule.tags()).isNotEmpty();

            String doc = RuleDocs.markdown(rule.id()).orElseThrow(() ->
                    new AssertionError("docs/rules/" + rule.id() + ".md is missing from the rules jar"));
            assertThat(doc).startsWith("# " + rule.id() + " — " + rule.name() + "\n")
                    .contains("**Default level:** " + rule.defaultLevel().label());
            DOC_SECTIONS.forEach(section -> assertThat(doc).contains(section));
            assertThat(doc).containsAnyOf("## Source", "## Sources");
            assertThat(doc).as("a fix with a YAML snippet").contains("```yaml");

            if (rule.id().equals("LL000") || rule.id().equals("LL001")) {
                return; // the engine's own; tested in the parser, engine and suppression tests
            }
            Path directory = TESTDATA.resolve(rule.id());
            assertThat(directory).as("testdata for " + rule.id()).isDirectory();
            List<Path> templates = templates(directory);
            long quiet = templates.stream().filter(p -> p.getFileName().toString().startsWith("quiet-")).count();
            long firing = templates.stream().filter(p -> marks(p, rule.id())).count();
            assertThat(firing).as(rule.id() + " templates that make it fire").isGreaterThanOrEqualTo(3);
            assertThat(quiet).as(rule.id() + " look-alikes that must stay quiet").isGreaterThanOrEqualTo(3);
            assertThat(templates).as(rule.id() + " in JSON too")
                    .anyMatch(p -> p.getFileName().toString().endsWith(".json"));
        }));
    }

    private static List<Path> templates(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(TemplateFiles::hasTemplateExtension)
                    .filter(p -> !p.getFileName().toString().endsWith(TestdataTest.CONFIG_SUFFIX))
                    .toList();
        }
    }

    /** Whether the template (or its JSON sidecar) expects a finding of the rule. */
    private static boolean marks(Path template, String ruleId) {
        String name = template.getFileName().toString();
        Path source = name.endsWith(".json")
                ? template.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect") : template;
        try {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            return name.endsWith(".json") ? Pattern.compile("(?m)^\\s*\\d+\\s+" + ruleId + "\\b").matcher(text).find()
                    : Pattern.compile("#\\s*expect:.*\\b" + ruleId + "\\b").matcher(text).find();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
