package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.lambdalint.api.DuplicateKey;
import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.PreprocessorDirective;
import io.github.lambdalint.api.TemplateFiles;
import io.github.lambdalint.api.TemplateNotReadable;
import io.github.lambdalint.api.UnjustifiedOrUnusedSuppression;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleDocs;
import io.github.lambdalint.rule.RuleInfo;

/**
 * Every rule carries what users and reviewers rely on: a doc page (shipped in the jar) with the
 * sections a reader looks for, templates that make it fire and look-alikes that keep it quiet,
 * and metadata that SARIF accepts; every rule class is registered, and the README's rule table
 * says what the rules say. Docs and tests cannot drift from the rules.
 */
class RuleCatalogueTest {

    private static final List<RuleInfo> RULES = LintEngine.withInstalledRules().rules();
    private static final Path TESTDATA = Path.of("..", "testdata", "rules");
    private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]+");
    private static final List<String> DOC_SECTIONS = List.of("## What it flags", "## Why it matters");
    /** Where Maven compiles the rules module (the tests run in the module's directory). */
    private static final Path RULE_CLASSES = Path.of("target", "classes");
    private static final Path README = Path.of("..", "README.md");
    /** A row of the README's rule table: | [LL101](docs/rules/LL101.md) | error | summary |. */
    private static final Pattern README_ROW =
            Pattern.compile("(?m)^\\| \\[(LL\\d{3})]\\(docs/rules/(LL\\d{3})\\.md\\) \\| (\\w+) \\| (.+) \\|$");

    @Test
    void theCatalogueHasTheRulesOfTheDesign() {
        assertThat(RULES).extracting(RuleInfo::id).containsExactly("LL000", "LL001", "LL002", "LL003", "LL101", "LL102", "LL103",
                "LL104", "LL105", "LL106", "LL201", "LL202", "LL203", "LL204", "LL205", "LL301", "LL302", "LL303", "LL304",
                "LL401", "LL402", "LL403");
    }

    @Test
    void everyClassThatImplementsRuleIsRegistered() throws IOException {
        List<String> registered = ServiceLoader.load(Rule.class).stream()
                .map(provider -> provider.type().getName()).sorted().toList();
        assertThat(RULE_CLASSES).as("the rules module's compiled classes").isDirectory();
        List<String> implementing;
        try (Stream<Path> files = Files.walk(RULE_CLASSES)) {
            implementing = files.map(RULE_CLASSES::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .filter(RuleCatalogueTest::isRule)
                    .sorted()
                    .toList();
        }
        // LL000 to LL003 are the engine's own, not Rule classes
        assertThat(implementing).as("rule classes in " + RULE_CLASSES).hasSize(RULES.size() - 4);
        assertThat(registered).as("META-INF/services/" + Rule.class.getName()).isEqualTo(implementing);
    }

    /** A concrete class implementing Rule; loaded without running its static initialiser. */
    private static boolean isRule(String className) {
        try {
            Class<?> type = Class.forName(className, false, RuleCatalogueTest.class.getClassLoader());
            return Rule.class.isAssignableFrom(type) && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyRuleIsNamedAfterItsClass() {
        Map<String, String> names = new LinkedHashMap<>();
        ServiceLoader.load(Rule.class).forEach(rule -> names.put(rule.info().name(), rule.getClass().getSimpleName()));
        // The engine's own ids are not Rule classes; each has a class of its own that holds its RuleInfo.
        names.put(TemplateNotReadable.INFO.name(), TemplateNotReadable.class.getSimpleName());
        names.put(UnjustifiedOrUnusedSuppression.INFO.name(), UnjustifiedOrUnusedSuppression.class.getSimpleName());
        names.put(DuplicateKey.INFO.name(), DuplicateKey.class.getSimpleName());
        names.put(PreprocessorDirective.INFO.name(), PreprocessorDirective.class.getSimpleName());
        assertThat(names).hasSize(RULES.size());
        names.forEach((name, className) -> assertThat(name).as("RuleInfo.name of " + className).isEqualTo(className));
    }

    @Test
    void readmeRuleTableSaysWhatTheRulesSay() throws IOException {
        Matcher row = README_ROW.matcher(Files.readString(README, StandardCharsets.UTF_8));
        Map<String, String> table = new LinkedHashMap<>();
        while (row.find()) {
            assertThat(row.group(2)).as("the link of " + row.group(1)).isEqualTo(row.group(1));
            table.put(row.group(1), row.group(3) + " | " + row.group(4));
        }
        Map<String, String> rules = new LinkedHashMap<>();
        RULES.forEach(rule -> rules.put(rule.id(), rule.defaultLevel().label() + " | " + rule.summary()));
        assertThat(table).as("README.md's rule table: id, default level, summary").isEqualTo(rules);
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
