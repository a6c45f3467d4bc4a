package io.github.lambdalint.rules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.TemplateFiles;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.TemplateParser;
import io.github.lambdalint.report.ReportFormat;
import io.github.lambdalint.report.Reporter;
import io.github.lambdalint.report.SarifReporter;
import io.github.lambdalint.report.SarifSchema;
import io.github.lambdalint.report.ToolInfo;
import io.github.lambdalint.rule.RuleDocs;
import io.github.lambdalint.rule.RuleInfo;

/**
 * Broken, mutated and random templates through the whole engine, with every installed rule.
 * For each case: no exception escapes and no internal error is recorded; the file is linted
 * (never skipped: it is named); every finding points at a line of the file; a healthy template
 * linted beside it gets exactly the findings it gets alone; the SARIF report is valid against
 * the official schema; and the text and SARIF reports are byte-identical over three runs, the
 * last with a second engine. The rules' help, the same in every report, is rendered and checked
 * once ({@link #sarifWithEveryRulesHelpIsValid}); a case's SARIF carries each rule's description
 * as its help instead, so a case costs what its findings cost, not 200 KB of documentation.
 */
class HostileTemplatesPropertyTest {

    private static final Path TESTDATA = Path.of("..", "testdata");
    private static final String HEALTHY_TEMPLATE = "rules/LL104/cfn-one-subnet.yaml";
    private static final ToolInfo TOOL = new ToolInfo(ToolInfo.NAME, "0.0.0-test", ToolInfo.INFORMATION_URI);
    private static final LintEngine ENGINE = LintEngine.withInstalledRules();
    private static final LintEngine SECOND_ENGINE = LintEngine.withInstalledRules();
    /** No rule page: the SARIF of a case falls back to each rule's description for its help. */
    private static final Function<String, Optional<String>> NO_PAGES = id -> Optional.empty();

    private static Path directory;
    private static Path healthy;
    private static List<String> healthyAlone;
    private static List<Template> corpus;
    private static List<Tree> trees;

    /** A testdata template, by its path under testdata/. */
    record Template(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A testdata template's parsed tree. */
    record Tree(String name, Node root) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One input: where it came from and how it was broken, and its bytes. */
    record Case(String origin, String extension, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return origin + " (" + bytes.length + " bytes)\n" + (text.length() > 2000 ? text.substring(0, 2000) + "…"
                    : text);
        }
    }

    @BeforeContainer
    static void readCorpus() throws Exception {
        directory = Files.createTempDirectory("lambda-lint-properties");
        healthy = Files.copy(TESTDATA.resolve(HEALTHY_TEMPLATE), directory.resolve("healthy.yaml"));
        healthyAlone = lines(ENGINE.lint(LintRequest.of(List.of(healthy), directory)), "healthy.yaml");
        assertThat(healthyAlone).as("findings of the healthy template").isNotEmpty();
        try (Stream<Path> files = Files.walk(TESTDATA)) {
            corpus = files.filter(Files::isRegularFile)
                    .filter(TemplateFiles::hasTemplateExtension)
                    .filter(f -> !f.getFileName().toString().endsWith(".lambda-lint.yml"))
                    .sorted()
                    .map(f -> new Template(TESTDATA.relativize(f).toString().replace('\\', '/'), read(f)))
                    .toList();
        }
        TemplateParser parser = new TemplateParser(ParseLimits.DEFAULT);
        // Trees of the files that parse (a testdata file may be broken on purpose).
        trees = corpus.stream()
                .flatMap(t -> parser.parse(t.bytes()).root().map(root -> new Tree(t.name(), root)).stream())
                .toList();
        assertThat(corpus).hasSizeGreaterThan(100);
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Example
    void sarifWithEveryRulesHelpIsValid() throws Exception {
        LintResult result = ENGINE.lint(LintRequest.of(List.of(healthy), directory));
        Map<String, Optional<String>> pages = ENGINE.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> RuleDocs.markdown(rule.id())));
        assertThat(pages.values()).as("rule pages in the rules jar").allMatch(Optional::isPresent);
        String sarif = render(new SarifReporter(TOOL, pages::get), result);
        assertThat(sarif).as("every page is in the report").contains(pages.get("LL101").orElseThrow().lines()
                .filter(line -> line.startsWith("## ")).findFirst().orElseThrow());
        assertThat(SarifSchema.violations(sarif)).as("SARIF schema violations").isEmpty();
    }

    @Property
    void mutatedBytesOfTestdataTemplates(@ForAll("mutatedBytes") Case input) throws Exception {
        check(input);
    }

    @Property
    void mutatedTreesOfTestdataTemplates(@ForAll("mutatedTrees") Case input) throws Exception {
        check(input);
    }

    @Property
    void randomTemplates(@ForAll("randomTemplates") Case input) throws Exception {
        check(input);
    }

    @Provide
    Arbitrary<Case> mutatedBytes() {
        // Small edits mostly: a template broken in one place says more than one shredded.
        Arbitrary<Mutations.ByteEditKind> kind = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, Mutations.ByteEditKind.INSERT),
                net.jqwik.api.Tuple.of(2, Mutations.ByteEditKind.DELETE),
                net.jqwik.api.Tuple.of(2, Mutations.ByteEditKind.DUPLICATE),
                net.jqwik.api.Tuple.of(2, Mutations.ByteEditKind.SWAP_LINES),
                net.jqwik.api.Tuple.of(2, Mutations.ByteEditKind.INDENT),
                net.jqwik.api.Tuple.of(1, Mutations.ByteEditKind.TRUNCATE));
        Arbitrary<Mutations.ByteEdit> edit = Combinators.combine(kind, fraction(), fraction(),
                Arbitraries.integers().between(1, 40).withoutEdgeCases(), Arbitraries.integers().between(0, 1000))
                .as(Mutations.ByteEdit::new);
        return Combinators.combine(Arbitraries.of(corpus), edit.list().ofMinSize(1).ofMaxSize(3))
                .as((template, edits) -> new Case(template + " " + edits, extension(template.name()),
                        Mutations.apply(template.bytes(), edits)));
    }

    @Provide
    Arbitrary<Case> mutatedTrees() {
        Arbitrary<Mutations.TreeEdit> edit = Combinators.combine(Arbitraries.of(Mutations.TreeEditKind.class),
                fraction(), fraction(), Arbitraries.integers().between(0, 1000))
                .as(Mutations.TreeEdit::new);
        return Combinators.combine(Arbitraries.of(trees), edit.list().ofMinSize(1).ofMaxSize(3))
                .as((tree, edits) -> new Case(tree + " " + edits, ".json",
                        Mutations.bytes(Json.write(Mutations.apply(tree.root(), edits)))));
    }

    /** Where in a file or tree an edit goes; not jqwik's edge cases, which would all hit the start. */
    private static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 0.9999).ofScale(4).withoutEdgeCases();
    }

    @Provide
    Arbitrary<Case> randomTemplates() {
        return RandomTemplates.templates().map(root -> new Case("random", ".json", Mutations.bytes(Json.write(root))));
    }

    private static void check(Case input) throws Exception {
        Path file = directory.resolve("case" + input.extension());
        write(file, input.bytes());
        String name = file.getFileName().toString();
        LintRequest request = LintRequest.of(List.of(file, healthy), directory);

        LintResult first = ENGINE.lint(request);

        assertThat(first.crashes()).as("internal errors").extracting(HostileTemplatesPropertyTest::describe)
                .isEmpty();
        assertThat(first.fileErrors()).as("file errors").isEmpty();
        assertThat(first.skippedFiles()).as("a file named explicitly is never skipped").isEmpty();
        assertThat(first.templatesLinted()).isEqualTo(2);
        int lines = lineCount(input.bytes());
        for (Finding finding : first.findings()) {
            if (finding.location().file().equals(name)) {
                assertWithin(finding.location(), lines, finding);
                for (RelatedLocation related : finding.evidence()) {
                    if (related.location().file().equals(name)) {
                        assertWithin(related.location(), lines, finding);
                    }
                }
            }
        }
        assertThat(lines(first, "healthy.yaml")).as("the healthy template beside it").isEqualTo(healthyAlone);

        String text = render(ReportFormat.TEXT, first);
        String sarif = render(ReportFormat.SARIF, first);
        render(ReportFormat.JSON, first);
        assertThat(SarifSchema.violations(sarif)).as("SARIF schema violations").isEmpty();
        LintResult again = ENGINE.lint(request);
        assertThat(again.findings()).as("findings of a second run").isEqualTo(first.findings());
        assertThat(render(ReportFormat.TEXT, again)).as("text report of a second run").isEqualTo(text);
        LintResult other = SECOND_ENGINE.lint(request);
        assertThat(render(ReportFormat.TEXT, other)).as("text report of a second engine").isEqualTo(text);
        assertThat(render(ReportFormat.SARIF, other)).as("SARIF report of a second engine").isEqualTo(sarif);
        Statistics.label("outcome").collect(outcome(first, name));
    }

    /** What became of a case, for the statistics jqwik prints with {@code jqwik.reporting.onlyfailures=false}. */
    private static String outcome(LintResult result, String file) {
        List<Finding> findings = result.findings().stream().filter(f -> f.location().file().equals(file)).toList();
        if (findings.stream().anyMatch(f -> f.ruleId().equals("LL000"))) {
            return findings.stream().allMatch(f -> f.ruleId().equals("LL000")) ? "LL000 only" : "LL000 and rules";
        }
        return findings.isEmpty() ? "no findings" : "rule findings";
    }

    private static void assertWithin(Location location, int lines, Finding finding) {
        assertThat(location.position().line()).as("line of %s %s", finding.ruleId(), finding.message())
                .isBetween(1, lines);
        assertThat(location.position().column()).as("column of %s %s", finding.ruleId(), finding.message())
                .isPositive();
    }

    /** Lines of the file as the parser counts them: LF, CRLF and a lone CR each end one. */
    static int lineCount(byte[] bytes) {
        String text = decode(bytes);
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    private static String decode(byte[] bytes) {
        String charset = "UTF-8";
        if (bytes.length >= 4 && (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0)) {
            charset = bytes[0] == 0 ? "UTF-32BE" : "UTF-32LE";
        } else if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            charset = bytes[0] == (byte) 0xFE ? "UTF-16BE" : "UTF-16LE";
        } else if (bytes.length >= 2 && bytes.length % 2 == 0 && (bytes[0] == 0) != (bytes[1] == 0)
                && (bytes[0] & 0x80) == 0 && (bytes[1] & 0x80) == 0) {
            charset = bytes[0] == 0 ? "UTF-16BE" : "UTF-16LE";
        }
        try {
            return Charset.forName(charset).newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(LintResult result, String file) {
        return result.findings().stream().filter(f -> f.location().file().equals(file))
                .map(f -> f.location().position() + " " + f.ruleId() + " " + f.level() + " " + f.message())
                .collect(Collectors.toList());
    }

    private static String render(ReportFormat format, LintResult result) {
        return render(format == ReportFormat.SARIF ? new SarifReporter(TOOL, NO_PAGES) : format.reporter(TOOL, false),
                result);
    }

    private static String render(Reporter reporter, LintResult result) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String describe(LintCrash error) {
        StringWriter trace = new StringWriter();
        error.cause().printStackTrace(new java.io.PrintWriter(trace));
        return error.stage() + ": " + trace;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.'));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
