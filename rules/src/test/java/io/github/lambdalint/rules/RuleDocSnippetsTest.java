package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.lambdalint.config.ConfigLoader;
import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.TemplateParser;
import io.github.lambdalint.parse.TemplateReader;
import io.github.lambdalint.rule.RuleInfo;

/**
 * Every {@code yaml} snippet of every rule page is read with lambda-lint's own parser, so a page
 * cannot show a fix that does not parse. A snippet is read as what its shape says it is:
 * <ul>
 * <li>first line {@code # .lambda-lint.yml}: a configuration file, validated like one;</li>
 * <li>first line {@code # The mistake this rule reports}: the input an engine-level rule (LL002,
 *     LL003 …) flags, which must give at least one problem when read;</li>
 * <li>first line {@code # Not a template}: other YAML (a CI step), which must only parse;</li>
 * <li>first line {@code # Properties of an AWS::Serverless::Function}: the properties of one SAM
 *     function, wrapped into a template with {@code Runtime}, {@code Handler} and {@code CodeUri}
 *     added when the snippet does not set them;</li>
 * <li>a top-level {@code Resources} key: a whole template;</li>
 * <li>anything else: resources, wrapped under {@code Resources}.</li>
 * </ul>
 * SAM's {@code Transform} is added when a snippet uses {@code AWS::Serverless::} types. The wrapped
 * templates are written to {@code rules/target/doc-snippets/} for cfn-lint (DEVELOPERS.md).
 * Relative links of the pages must name files that exist.
 */
class RuleDocSnippetsTest {

    private static final Path DOCS = Path.of("..", "docs", "rules");
    private static final Path WRAPPED = Path.of("target", "doc-snippets");
    private static final Pattern SNIPPET = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9]*):", Pattern.MULTILINE);
    static final String CONFIGURATION = "# .lambda-lint.yml";
    static final String FUNCTION_PROPERTIES = "# Properties of an AWS::Serverless::Function";
    static final String THE_MISTAKE = "# The mistake this rule reports";
    static final String NOT_A_TEMPLATE = "# Not a template";
    private static final String TRANSFORM = "Transform: AWS::Serverless-2016-10-31\n";

    private static final Set<String> RULE_IDS = LintEngine.withInstalledRules().rules().stream()
            .map(RuleInfo::id).collect(Collectors.toSet());

    @TestFactory
    Stream<DynamicTest> everySnippetOfEveryRulePageParses() throws IOException {
        Files.createDirectories(WRAPPED);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            String rule = page.getFileName().toString().replace(".md", "");
            Matcher snippets = SNIPPET.matcher(Files.readString(page, StandardCharsets.UTF_8));
            for (int i = 1; snippets.find(); i++) {
                String snippet = snippets.group(1);
                String name = rule + "-" + i;
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, snippet)));
            }
        }
        assertThat(tests).as("snippets in docs/rules").hasSizeGreaterThan(RULE_IDS.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> relativeLinksOfRulePagesNameFilesThatExist() throws IOException {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            Matcher links = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (links.find()) {
                String target = links.group(1).replaceFirst("#.*", "");
                if (!target.isEmpty() && !target.matches("[a-z]+:.*")) {
                    assertThat(page.resolveSibling(target)).as("link target in " + page).exists();
                }
            }
        }));
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static void check(String name, String snippet) throws Exception {
        if (snippet.startsWith(CONFIGURATION + "\n")) {
            Path file = WRAPPED.resolve(name + ".lambda-lint.yml");
            Files.writeString(file, snippet);
            assertThatCode(() -> new ConfigLoader(RULE_IDS).load(file, name)).doesNotThrowAnyException();
            return;
        }
        if (snippet.startsWith(NOT_A_TEMPLATE)) {
            ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(snippet.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.problems()).as(name + ":\n" + snippet).isEmpty();
            return;
        }
        String template = wrap(snippet);
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(template.getBytes(StandardCharsets.UTF_8));
        if (snippet.startsWith(THE_MISTAKE)) {
            List<Object> problems = new ArrayList<>(parsed.problems());
            parsed.root().map(root -> new TemplateReader(ParseLimits.DEFAULT).read(root))
                    .filter(TemplateReader.Outcome.Read.class::isInstance)
                    .ifPresent(read -> problems.addAll(((TemplateReader.Outcome.Read) read).problems()));
            assertThat(problems).as("the mistake shown in " + name + ":\n" + template).isNotEmpty();
            return;
        }
        Files.writeString(WRAPPED.resolve(name + ".yaml"), template);
        assertThat(parsed.problems()).as(name + ":\n" + template).isEmpty();
        TemplateReader.Outcome read = new TemplateReader(ParseLimits.DEFAULT).read(parsed.root().orElseThrow());
        assertThat(read).as(name + ":\n" + template).isInstanceOf(TemplateReader.Outcome.Read.class);
        assertThat(((TemplateReader.Outcome.Read) read).problems()).as(name + ":\n" + template).isEmpty();
    }

    static String wrap(String snippet) {
        Set<String> keys = new java.util.HashSet<>();
        Matcher key = TOP_LEVEL_KEY.matcher(snippet);
        while (key.find()) {
            keys.add(key.group(1));
        }
        String template;
        if (snippet.startsWith(FUNCTION_PROPERTIES + "\n")) {
            StringBuilder properties = new StringBuilder();
            if (!keys.contains("Runtime")) {
                properties.append("Runtime: python3.13\n");
            }
            if (!keys.contains("Handler")) {
                properties.append("Handler: app.handler\n");
            }
            if (!keys.contains("CodeUri") && !keys.contains("InlineCode")) {
                properties.append("CodeUri: src/\n");
            }
            properties.append(snippet.substring(FUNCTION_PROPERTIES.length() + 1));
            template = "Resources:\n  Function:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                    + indent(properties.toString(), "      ");
        } else if (keys.contains("Resources")) {
            template = snippet;
        } else {
            template = "Resources:\n" + indent(snippet, "  ");
        }
        return template.contains("AWS::Serverless::") && !keys.contains("Transform") ? TRANSFORM + template : template;
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> line.isBlank() ? "" : prefix + line)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
