package io.github.lambdalint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Input written to break parsers: every case ends in a root or in problems with a position,
 * never in an exception, and in bounded time. Time bounds here are generous hang guards only;
 * how fast is a benchmark's business.
 */
class HostileYamlTest {

    private static final ParseLimits DEFAULT = ParseLimits.DEFAULT;

    /** A hang guard only, roomy enough for a 2-core machine shared by several builds; timing belongs to benchmarks. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(180);

    private final TemplateParser parser = new TemplateParser(ParseLimits.DEFAULT);

    private ParseResult parse(String text) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> parser.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ParseProblem onlyProblem(ParseResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    // ---- the reader and scanner of snakeyaml-engine ------------------------------------------

    @Test
    void aTenMegabyteScalarIsReadInLinearTime() {
        // Once quadratic in snakeyaml-engine's reader (15 s for 10 MB): it refilled its buffer
        // 1 KB at a time, copying everything not yet consumed.
        String huge = "x".repeat(ParseLimits.DEFAULT.maxBytes() - 10);
        for (String text : List.of("a: " + huge, "a: '" + huge + "'", "a: \"" + huge + "\"")) {
            ParseResult result = parse(text);
            assertThat(result.problems()).as(text.substring(0, 4)).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("limit of 1048576"));
        }
        // A comment is no string: no limit applies, and a file of one comment has no problem to report.
        assertThat(parse("#" + huge).problems()).isEmpty();
    }

    @Test
    void deeplyNestedFlowCollectionsStopAtTheDepthLimit() {
        for (String nested : List.of("[", "{", "{a: ", "{? ", "- ")) {
            String prefix = nested.equals("- ") ? "" : "a: ";
            ParseResult result = parse(prefix + nested.repeat(1_000_000 / nested.length()));
            assertThat(onlyProblem(result).message()).as(nested).isEqualTo("nesting deeper than 200 levels");
            assertThat(result.root()).isEmpty();
        }
    }

    @Test
    void billionLaughsStopsAtTheNodeLimit() {
        StringBuilder yaml = new StringBuilder("a: &a [" + "\"lol\",".repeat(8) + "\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(("*" + previous + ",").repeat(8)).append('*').append(previous).append("]\n");
        }
        ParseProblem problem = onlyProblem(parse(yaml.toString()));
        assertThat(problem.message()).isEqualTo("the document has more than 500000 nodes once its YAML aliases are "
                + "expanded; the limit guards against alias bombs");
        assertThat(problem.position().line()).isBetween(6, 9);
    }

    @Test
    void aHugeFileWithoutAliasesIsNotCalledAnAliasBomb() {
        TemplateParser small = new TemplateParser(new ParseLimits(DEFAULT.maxBytes(), DEFAULT.maxDepth(), DEFAULT.maxAliases(),
                1000, DEFAULT.maxResources(), DEFAULT.maxStringLength()));
        ParseResult result = small.parse("- x\n".repeat(2000).getBytes(StandardCharsets.UTF_8));
        ParseProblem problem = onlyProblem(result);
        assertThat(problem.message()).isEqualTo("the document has more than 1000 nodes");
        assertThat(problem.position().line()).isEqualTo(1000);
    }

    @Test
    void stringsLongerThanTheLimitAreAProblemAtTheirStart() {
        TemplateParser small = new TemplateParser(new ParseLimits(DEFAULT.maxBytes(), DEFAULT.maxDepth(), DEFAULT.maxAliases(),
                DEFAULT.maxNodes(), DEFAULT.maxResources(), 10));
        ParseResult value = small.parse("a: 1\nb: '12345678901'\n".getBytes(StandardCharsets.UTF_8));
        assertThat(onlyProblem(value)).isEqualTo(new ParseProblem(
                "a string of 11 characters, more than the limit of 10", new Position(2, 4)));
        ParseResult key = small.parse("a: 1\nkkkkkkkkkkkk: 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(onlyProblem(key).position()).isEqualTo(new Position(2, 1));
    }

    @Test
    void aFileOfRepeatedKeysListsTheFirstHundredAndCountsTheRest() {
        ParseResult result = parse("k: 0\n" + "k: 1\n".repeat(5_000));
        assertThat(result.root()).isPresent();
        assertThat(result.problems()).hasSize(YamlComposer.MAX_REPORTED_DUPLICATES + 1)
                .allMatch(p -> p.kind() == ParseProblem.Kind.DUPLICATE_KEY);
        ParseProblem summary = result.problems().get(YamlComposer.MAX_REPORTED_DUPLICATES);
        assertThat(summary.message()).startsWith((5_000 - YamlComposer.MAX_REPORTED_DUPLICATES)
                + " more duplicate keys from here on are not listed");
        assertThat(summary.position()).isEqualTo(new Position(YamlComposer.MAX_REPORTED_DUPLICATES + 2, 1));
        assertThat(((MapNode) result.root().get()).entries()).singleElement()
                .satisfies(e -> assertThat(e.key().position().line()).isEqualTo(5_001));
    }

    @Test
    void aFileOfDirectivesGivesOneProblemWithABoundedEvidenceList() {
        ParseResult result = parse("- !Rain::Embed f\n".repeat(5_000));
        ParseProblem problem = onlyProblem(result);
        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.PREPROCESSOR_DIRECTIVE);
        assertThat(problem.message()).startsWith("the template uses 5000 directives of the rain preprocessor");
        assertThat(problem.related()).hasSize(PreprocessorDirectives.MAX_LISTED);
    }

    @Test
    void quotedTemplateTextInMessagesIsCutShort() {
        String key = "K".repeat(100_000);
        ParseProblem problem = onlyProblem(parse("? " + key + "\n: 1\n? " + key + "\n: 2\n"));
        assertThat(problem.message()).startsWith("duplicate key 'KKKK")
                .contains("… (100000 characters)' (also at line 1)").hasSizeLessThan(300);
    }

    // ---- encodings -----------------------------------------------------------------------------

    @Test
    void nulAndControlCharactersAreReportedWhereTheyAre() {
        ParseProblem nul = onlyProblem(parse("Resources:\n  A:\n    Type: AWS::SQS\u0000::Queue\n"));
        assertThat(nul).isEqualTo(new ParseProblem("the file holds the character U+0000 (NULL), which YAML does "
                + "not allow in a template", new Position(3, 19)));
        ParseProblem escape = onlyProblem(parse("a: 1\r\nb: \u001b[31m\r\n"));
        assertThat(escape.message()).contains("U+001B");
        assertThat(escape.position()).isEqualTo(new Position(2, 4));
    }

    @Test
    void lineNumbersCountCrLfAndLoneCrAsOneLineBreak() {
        for (String eol : List.of("\r\n", "\r", "\n")) {
            ParseProblem problem = onlyProblem(parse("A: 1" + eol + "B: 2" + eol + "C: !Reff x" + eol));
            assertThat(problem.position()).as("line ending %s", eol.replace("\r", "CR").replace("\n", "LF"))
                    .isEqualTo(new Position(3, 4));
        }
    }

    @Test
    void unicodeLineSeparatorsInsideStringsDoNotShiftLines() {
        ParseProblem problem = onlyProblem(parse("a: \"x\u2028y\u0085z\"\nb: !Reff x\n"));
        assertThat(problem.position().line()).isEqualTo(2);
    }

    @Test
    void utf32AndUtf16WithoutByteOrderMarkAreReadAndReported() {
        String text = "Resources: {}\n";
        byte[] utf32 = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, text.getBytes(Charset.forName("UTF-32BE")));
        ParseResult fromUtf32 = parser.parse(utf32);
        assertThat(fromUtf32.root()).isPresent();
        assertThat(onlyProblem(fromUtf32).message())
                .isEqualTo("the file is UTF-32 encoded; CloudFormation accepts only UTF-8 templates");
        ParseResult fromUtf16 = parser.parse(text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(fromUtf16.root()).isPresent();
        assertThat(onlyProblem(fromUtf16).message()).isEqualTo(
                "the file is UTF-16 encoded (without a byte order mark); CloudFormation accepts only UTF-8 templates");
    }

    @Test
    void binaryBytesAreInvalidUtf8AtTheirLine() {
        byte[] bytes = {'a', ':', ' ', '1', '\n', (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF};
        ParseResult result = parser.parse(bytes);
        assertThat(result.root()).isEmpty();
        assertThat(onlyProblem(result).position()).isEqualTo(new Position(2, 1));
    }

    // ---- tags: no YAML tag constructs anything -----------------------------------------------

    @Test
    void javaAndPythonTagsAreUnknownTagsNeverObjects() {
        for (String tag : List.of("!!java.lang.Runtime", "!!javax.script.ScriptEngineManager",
                "!!python/object/apply:os.system", "!<tag:yaml.org,2002:java.net.URL>", "!java.lang.ProcessBuilder")) {
            ParseResult result = parse("Resources:\n  F:\n    Type: " + tag + " [\"http://127.0.0.1:1/\"]\n");
            assertThat(result.root()).as(tag).isEmpty();
            assertThat(onlyProblem(result).message()).as(tag).startsWith("unknown tag !");
            assertThat(onlyProblem(result).position()).as(tag).isEqualTo(new Position(3, 11));
        }
    }

    @Test
    void aTagDirectiveCannotSmuggleATagIn() {
        ParseResult result = parse("%TAG ! tag:yaml.org,2002:\n---\nResources: !java.util.HashMap {}\n");
        assertThat(onlyProblem(result).message()).startsWith("unknown tag !!java.util.HashMap");
    }

    @Test
    void standardTagsGiveTheirTypeAndMustFitTheNode() {
        MapNode root = (MapNode) parse("a: !!str 30\nb: !!int '30'\nc: !!null ''\nd: !!map {x: 1}\n")
                .root().orElseThrow();
        assertThat(((ScalarNode) root.get("a").orElseThrow()).type()).isEqualTo(ScalarNode.ScalarType.STRING);
        assertThat(((ScalarNode) root.get("b").orElseThrow()).type()).isEqualTo(ScalarNode.ScalarType.INTEGER);
        assertThat(((ScalarNode) root.get("c").orElseThrow()).isNull()).isTrue();
        assertThat(onlyProblem(parse("a: 1\nb: !!map x\n"))).isEqualTo(
                new ParseProblem("the tag !!map cannot stand on a string", new Position(2, 4)));
    }

    @Test
    void aCloudFormationTagOnAKeyIsAProblem() {
        assertThat(onlyProblem(parse("!Ref a: 1\n")).message()).isEqualTo("a mapping key cannot carry the tag !Ref");
        assertThat(onlyProblem(parse("!!python/name:x a: 1\n")).message()).startsWith("unknown tag !!python/name:x");
    }

    // ---- anchors, aliases and merge keys -------------------------------------------------------

    @Test
    void mergeKeysMergeTheWayTheSamCliDoes() {
        MapNode root = (MapNode) parse("""
                base: &base {Runtime: python3.12, Timeout: 3}
                more: &more {Timeout: 5, MemorySize: 256, Handler: a}
                fn:
                  <<: [*base, *more]
                  Handler: b
                """).root().orElseThrow();
        MapNode fn = root.getMap("fn").orElseThrow();
        assertThat(fn.entries()).extracting(MapNode.Entry::name)
                .containsExactlyInAnyOrder("Runtime", "Timeout", "MemorySize", "Handler");
        assertThat(fn.getText("Timeout")).contains("3");
        assertThat(fn.getText("Handler")).contains("b");
        assertThat(fn.entry("Runtime").orElseThrow().key().position().line()).isEqualTo(1);
    }

    @Test
    void aQuotedMergeKeyIsAPlainKey() {
        MapNode root = (MapNode) parse("{\"<<\": {\"a\": 1}}").root().orElseThrow();
        assertThat(root.get("<<")).isPresent();
    }

    @Test
    void aMergeKeyOnAScalarIsAProblem() {
        ParseProblem problem = onlyProblem(parse("a: &s x\nb:\n  <<: *s\n"));
        assertThat(problem).isEqualTo(new ParseProblem(
                "the merge key << needs a mapping or a list of mappings, not a string", new Position(3, 7)));
    }

    @Test
    void aliasesAsKeysAreReadOrRejected() {
        assertThat(onlyProblem(parse("x: &k x\n*k : 1\n")).message()).startsWith("duplicate key 'x' (also at line 1)");
        assertThat(onlyProblem(parse("a: &m {x: 1}\n*m : 1\n")).message())
                .isEqualTo("a mapping key must be a plain string, not a mapping");
        assertThat(onlyProblem(parse("a: *nowhere\n")).message()).isEqualTo("alias *nowhere refers to no anchor");
    }

    @Test
    void manyAnchorsAndLongFlowSequencesAreFine() {
        StringBuilder anchors = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            anchors.append("- &a").append(i).append(" x\n");
        }
        assertThat(parse(anchors.toString()).problems()).isEmpty();
        assertThat(parse("a: [" + "1, ".repeat(300_000) + "1]").problems()).isEmpty();
    }

    @Test
    void keysThatAreNumbersBooleansOrNullAreStrings() {
        MapNode root = (MapNode) parse("1: a\ntrue: b\n~: c\nnull: d\n1.5: e\n").root().orElseThrow();
        assertThat(root.entries()).extracting(MapNode.Entry::name).containsExactly("1", "true", "~", "null", "1.5");
    }

    @Test
    void emptyAndNearlyEmptyFilesHaveNoRoot() {
        for (String text : List.of("", "\n\n", "   ", "# comment")) {
            ParseResult result = parse(text);
            assertThat(result.root()).as("'%s'", text).isEmpty();
            assertThat(result.problems()).as("'%s'", text).isEmpty();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
