package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * like code; run with {@code -Dlambda-lint.updateSnapshots=true} to rewrite the snapshots.
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
        compareWithSnapshot(normaliseVersion(sarif.out()), SARIF_SNAPSHOT, "-f sarif " + EXAMPLES);
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
                new PrintWriter(out, true), new PrintWriter(err, true));
        int exitCode = LambdaLintCommand.commandLine(environment).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
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
