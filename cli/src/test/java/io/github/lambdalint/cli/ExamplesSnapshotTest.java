package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.report.SarifSchema;
import io.github.lambdalint.report.ToolInfo;
import io.github.lambdalint.rule.RuleInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's first command, {@code lambda-lint testdata/examples} run from the repository root,
 * compared byte for byte with the reports committed beside the examples (DESIGN.md section 6):
 * {@code testdata/examples.sarif} and {@code testdata/examples.txt}. A changed report is reviewed
 * like code; run with {@code -Dlambda-lint.updateSnapshots=true} to rewrite the snapshots. The
 * SARIF snapshot keeps the findings and names each rule's page instead of holding its text: the
 * help is checked once, against {@code docs/rules/ID.md}, by {@link #helpOfEveryRuleIsItsDocPage}.
 */
class ExamplesSnapshotTest {

    /** The cli module runs its tests in {@code cli/}; the command runs from the repository root. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String EXAMPLES = "testdata/examples";
    private static final Path SARIF_SNAPSHOT = ROOT.resolve("testdata/examples.sarif");
    private static final Path TEXT_SNAPSHOT = ROOT.resolve("testdata/examples.txt");
    private static final String UPDATE_PROPERTY = "lambda-lint.updateSnapshots";
    private static final String REGENERATE = "mvn -B -pl cli -am verify -Dtest=ExamplesSnapshotTest -D"
            + UPDATE_PROPERTY + "=true";
    /** The tool's version changes with every release; the snapshot holds this instead. */
    static final String VERSION_PLACEHOLDER = "0.0.0-snapshot-test";
    private static final Pattern DRIVER_VERSION =
            Pattern.compile("(\"driver\": \\{\\s*\"name\": \"lambda-lint\",\\s*\"version\": \")([^\"]*)(\")");
    /** The start of a rule's help in the report; the rule's id is the last one before it. */
    private static final String HELP = "\"help\": {";
    private static final String TEXT = "\"text\": ";
    private static final String MARKDOWN = "\"markdown\": ";
    private static final Pattern RULE_ID = Pattern.compile("\"id\": \"(LL\\d{3})\"");
    private static final Path DOCS = ROOT.resolve("docs/rules");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Run sarif;
    private static Run text;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void runTheCommand() {
        sarif = run("-f", "sarif", EXAMPLES);
        text = run(EXAMPLES);
    }

    @Test
    void sarifReportIsTheSnapshot() throws IOException {
        assertThat(sarif.err()).isEmpty();
        assertThat(sarif.exitCode()).as("exit status: errors among the findings").isEqualTo(ExitCodes.FINDINGS);
        compareWithSnapshot(normaliseHelp(normaliseVersion(sarif.out())), SARIF_SNAPSHOT, "-f sarif " + EXAMPLES);
    }

    @Test
    void helpOfEveryRuleIsItsDocPage() throws IOException {
        JsonNode rules = MAPPER.readTree(sarif.out()).at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : rules) {
            String id = rule.at("/id").asString();
            ids.add(id);
            String page = Files.readString(DOCS.resolve(id + ".md"), StandardCharsets.UTF_8);
            assertThat(rule.at("/help/markdown").asString()).as("help.markdown of %s", id).isEqualTo(page);
            assertThat(rule.at("/help/text").asString()).as("help.text of %s", id).isEqualTo(page);
        }
        assertThat(ids).as("rules in the report").isEqualTo(
                LintEngine.withInstalledRules().rules().stream().map(RuleInfo::id).toList());
        assertThat(normaliseHelp(sarif.out())).as("the snapshot's form of the report")
                .doesNotContain("## What it flags").contains("\"text\": \"docs/rules/LL101.md\"");
    }

    @Test
    void textReportIsTheSnapshot() throws IOException {
        assertThat(text.err()).isEmpty();
        assertThat(text.exitCode()).as("exit status: errors among the findings").isEqualTo(ExitCodes.FINDINGS);
        assertThat(text.out()).as("no colour off a terminal").doesNotContain("\u001B[");
        compareWithSnapshot(text.out(), TEXT_SNAPSHOT, EXAMPLES);
    }

    @Test
    void everyRuleFiresExactlyOnce() {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode result : MAPPER.readTree(sarif.out()).at("/runs/0/results")) {
            counts.merge(result.at("/ruleId").asString(), 1, Integer::sum);
            assertThat(result.at("/suppressions").isMissingNode())
                    .as("suppressed finding %s", result.at("/ruleId").asString()).isTrue();
        }
        Map<String, Integer> once = new TreeMap<>();
        LintEngine.withInstalledRules().rules().stream().map(RuleInfo::id).forEach(id -> once.put(id, 1));
        assertThat(counts).as("findings per rule in %s", EXAMPLES).isEqualTo(once);
    }

    @Test
    void everyFindingIsAtItsRuleDefaultLevel() {
        Map<String, String> levels = new TreeMap<>();
        LintEngine.withInstalledRules().rules().forEach(r -> levels.put(r.id(), r.defaultLevel().label()));
        for (JsonNode result : MAPPER.readTree(sarif.out()).at("/runs/0/results")) {
            String rule = result.at("/ruleId").asString();
            assertThat(result.at("/level").asString()).as("level of %s", rule).isEqualTo(levels.get(rule));
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                    .as("relative URI of %s", rule).startsWith(EXAMPLES + "/");
        }
    }

    @Test
    void reportAndSnapshotAreValidSarif() throws IOException {
        assertThat(SarifSchema.violations(normaliseVersion(sarif.out()))).as("the report").isEmpty();
        if (Files.exists(SARIF_SNAPSHOT)) {
            assertThat(SarifSchema.violations(Files.readString(SARIF_SNAPSHOT, StandardCharsets.UTF_8)))
                    .as(ROOT.relativize(SARIF_SNAPSHOT).toString()).isEmpty();
        }
    }

    @Test
    void versionIsNormalisedInOnePlaceOnly() {
        Matcher matcher = DRIVER_VERSION.matcher(sarif.out());
        assertThat(matcher.find()).as("tool.driver.version in the SARIF report").isTrue();
        assertThat(matcher.group(2)).isEqualTo(ToolInfo.current().version());
        assertThat(matcher.find()).as("a second driver version").isFalse();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // No variables: AWS_REGION of the machine running the tests must not change the report.
        Environment environment = new Environment(Map.of(), ROOT, false, LintEngine::withInstalledRules,
                InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true));
        int exitCode = LambdaLintCommand.commandLine(environment).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Each rule's help, checked against its page by {@link #helpOfEveryRuleIsItsDocPage}, becomes the page's path. */
    static String normaliseHelp(String report) {
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (int help = report.indexOf(HELP); help >= 0; help = report.indexOf(HELP, done)) {
            Matcher id = RULE_ID.matcher(report).region(done, help);
            String page = null;
            while (id.find()) {
                page = "\"docs/rules/" + id.group(1) + ".md\"";
            }
            // The help object holds two strings, text then markdown, both the page.
            int text = report.indexOf(TEXT, help) + TEXT.length();
            int textEnd = stringEnd(report, text);
            int markdown = report.indexOf(MARKDOWN, textEnd) + MARKDOWN.length();
            out.append(report, done, text).append(page).append(report, textEnd, markdown).append(page);
            done = stringEnd(report, markdown);
        }
        return out.append(report.substring(done)).toString();
    }

    /** The index just after the JSON string that starts (with its quote) at {@code start}. */
    private static int stringEnd(String json, int start) {
        int i = start + 1;
        while (json.charAt(i) != '"') {
            i += json.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    static String normaliseVersion(String report) {
        return DRIVER_VERSION.matcher(report).replaceFirst("$1" + Matcher.quoteReplacement(VERSION_PLACEHOLDER) + "$3");
    }

    private static void compareWithSnapshot(String actual, Path snapshot, String args) throws IOException {
        byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);
        byte[] expectedBytes = Files.exists(snapshot) ? Files.readAllBytes(snapshot) : null;
        if (expectedBytes != null && Arrays.equals(actualBytes, expectedBytes)) {
            return;
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.write(snapshot, actualBytes);
            System.out.println("ExamplesSnapshotTest: rewrote " + ROOT.relativize(snapshot)
                    + "; review the change like code before committing it");
            return;
        }
        throw new AssertionError(ROOT.relativize(snapshot) + (expectedBytes == null ? " does not exist"
                : " differs from the report of 'lambda-lint " + args + "':\n"
                + diffHint(new String(expectedBytes, StandardCharsets.UTF_8), actual))
                + (expectedBytes == null ? "\nWrite it, and review it like code:\n  "
                        : "\nIf the change is intended, rewrite the snapshot and review it like code:\n  ") + REGENERATE
                + "\n  git diff " + ROOT.relativize(snapshot));
    }

    /** The first lines that differ, with a little context: enough to see what changed. */
    static String diffHint(String expected, String actual) {
        if (expected.replace("\r\n", "\n").equals(actual.replace("\r\n", "\n"))) {
            return "  only the line endings differ: the snapshot must have \\n line endings"
                    + " (see testdata/.gitattributes)";
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        int wantEnd = want.size();
        int gotEnd = got.size();
        while (wantEnd > first && gotEnd > first && want.get(wantEnd - 1).equals(got.get(gotEnd - 1))) {
            wantEnd--;
            gotEnd--;
        }
        List<String> hint = new ArrayList<>();
        hint.add("  snapshot has " + want.size() + " lines, the report " + got.size()
                + "; they differ from line " + (first + 1) + (expected.endsWith("\n") == actual.endsWith("\n")
                ? "" : " (and in the final newline)") + " (- snapshot, + report):");
        int context = 2;
        int limit = 12;
        for (int i = Math.max(0, first - context); i < first; i++) {
            hint.add("    " + want.get(i));
        }
        want.subList(first, wantEnd).stream().limit(limit).forEach(line -> hint.add("  - " + line));
        if (wantEnd - first > limit) {
            hint.add("  - ... " + (wantEnd - first - limit) + " more");
        }
        got.subList(first, gotEnd).stream().limit(limit).forEach(line -> hint.add("  + " + line));
        if (gotEnd - first > limit) {
            hint.add("  + ... " + (gotEnd - first - limit) + " more");
        }
        for (int i = wantEnd; i < Math.min(want.size(), wantEnd + context); i++) {
            hint.add("    " + want.get(i));
        }
        return String.join("\n", hint);
    }
}
