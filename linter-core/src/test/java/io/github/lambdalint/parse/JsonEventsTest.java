package io.github.lambdalint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A JSON template read by Jackson ({@link JsonEvents}) gets the tree, scalar types, positions and
 * problems snakeyaml-engine gives it: every JSON file of testdata, the corners of JSON, and random
 * documents in random layouts. What Jackson refuses is read as YAML.
 */
class JsonEventsTest {

    private final TemplateParser parser = new TemplateParser(ParseLimits.DEFAULT);

    private void assertReadAlike(TemplateParser reader, String json) {
        ParseResult asYaml = reader.readYaml(json, List.of());
        assertThat(reader.readJson(json, List.of())).as(json).isEqualTo(asYaml);
        assertThat(reader.parse(json.getBytes(StandardCharsets.UTF_8))).as(json).isEqualTo(asYaml);
    }

    @Test
    void everyJsonFileOfTestdataReadsAlikeBothWays() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Templates.TESTDATA)) {
            files = walk.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".template"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        int read = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (JsonEvents.looksLikeJson(text)) {
                assertReadAlike(parser, text);
                read++;
            }
        }
        // The rule templates, AWS snapshots and CDK manifests of testdata: a walk that found none tests nothing.
        assertThat(read).isGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"a\":1,\"b\":[1,2,{\"c\":null}],\"d\":[]}",
        "{\"a\" : 1, \"b\"\t:\t[\ttrue,\tfalse,\tnull]}",
        "{\n  \"a\": -0,\n  \"b\": 1E+2,\n  \"c\": 0.5e-3,\n  \"d\": 123456789012345678901234567890,\n  \"e\": 1.0\n}",
        "{\"a\":[\"\\u00e9\\n\\t\\\"\\\\\\/\\b\\f\\r\", \"\\ud83d\\ude00\", \"30\", \"true\", \"\"]}",
        // Columns count code points: a character outside the Basic Multilingual Plane is one.
        "{\"\uD83D\uDE00\": {\"b\": 1}, \"c\": \"\uD83D\uDE00\uD83D\uDE00\", \"d\": 2}",
        "{\r\n  \"a\": [1,\r\n 2],\r\n  \"b\": \"\u2028\u0085\"\r\n}",
        "\n\n  {\"a\": 1}\n\n",
        "{\"a\": 1, \"b\": {\"c\": 2}, \"a\": 3}",
        "{\"Resources\": {\"X\": {\"Rain::Embed\": \"f.txt\"}}}",
        "{\"<<\": {\"a\": 1}, \"Fn::GetAtt\": \"A.B\", \"!Ref\": \"x\", \"key: with # signs\": \"- [x]\"}",
    })
    void cornersOfJsonReadAlikeBothWays(String json) {
        assertReadAlike(parser, json);
    }

    @Test
    void limitsStopBothReadersAtTheSamePlace() {
        TemplateParser strict = new TemplateParser(new ParseLimits(1024 * 1024, 3, 0, 20, 10, 5));
        assertReadAlike(strict, "{\"a\": {\"b\": {\"c\": {\"d\": 1}}}}");
        assertReadAlike(strict, "{\"a\": \"longer than five\"}");
        assertReadAlike(strict, "{\"a\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]}");
        assertThat(strict.readJson("{\"a\": \"longer than five\"}", List.of()).problems())
                .extracting(ParseProblem::message).singleElement().asString().contains("more than the limit of 5");
    }

    /** Valid JSON that YAML's flow syntax refuses: read as CloudFormation reads a JSON template. */
    @Test
    void jsonThatYamlRefusesIsReadAsJson() {
        String keyThenNewline = "{\"Timeout\"\n: 30}";
        String longKey = "{\"" + "k".repeat(1500) + "\": 1}";

        for (String json : List.of(keyThenNewline, longKey)) {
            assertThat(parser.readYaml(json, List.of()).root()).isEmpty();
            ParseResult read = parser.parse(json.getBytes(StandardCharsets.UTF_8));
            assertThat(read.problems()).isEmpty();
            assertThat(read.root()).isPresent();
        }
        MapNode root = (MapNode) parser.parse(keyThenNewline.getBytes(StandardCharsets.UTF_8)).root().orElseThrow();
        assertThat(root.get("Timeout").orElseThrow().position()).isEqualTo(new Position(2, 3));
    }

    /**
     * snakeyaml-engine drops a next-line character (U+0085) that follows a space in a quoted
     * string, as YAML 1.1 did with line breaks; JSON keeps every character of a string.
     */
    @Test
    void jsonThatYamlReadsOtherwiseIsReadAsJson() {
        String json = "{\"a\": \"x \u0085\"}";

        assertThat(((ScalarNode) ((MapNode) parser.readYaml(json, List.of()).root().orElseThrow()).get("a")
                .orElseThrow()).text()).isEqualTo("x ");
        assertThat(((ScalarNode) ((MapNode) parser.parse(json.getBytes(StandardCharsets.UTF_8)).root().orElseThrow())
                .get("a").orElseThrow()).text()).isEqualTo("x \u0085");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\": 1, # a comment\n \"b\": 2}",
        "{\"a\": [1, 2,], \"b\": 3,}",
        "{'a': 'single quotes'}",
        "{a: unquoted, b: [x, y]}",
        "{\"a\": \"a\ttab\"}",
        "{\"a\": 1} {\"b\": 2}",
        "{\"a\": !Ref B}",
        "{\"a\": 1",
    })
    void yamlWrittenLikeJsonIsReadAsYaml(String text) {
        assertThatThrownBy(() -> parser.readJson(text, List.of())).isInstanceOf(JsonEvents.NotJson.class);
        assertThat(parser.parse(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(parser.readYaml(text, List.of()));
    }

    @Property
    void randomJsonReadsAlikeBothWays(@ForAll Random random) {
        StringBuilder json = new StringBuilder();
        new RandomJson(random).object(json, 0);
        assertReadAlike(parser, json.toString());
    }

    /** JSON documents with every kind of value, strings that look like YAML, and any layout between tokens. */
    private static final class RandomJson {

        private static final List<String> SPACES = List.of("", " ", "  ", "\n", "\r\n", "\r", "\t", "\n    ",
                " \n\t");
        private static final List<String> NUMBERS = List.of("0", "-0", "7", "-12", "3.25", "1e5", "-1E-3", "2.5E+10",
                "123456789012345678901234567890", "0.000001");
        // No U+0085 (next line): see jsonThatYamlReadsOtherwiseIsReadAsJson.
        private static final String CHARACTERS = "abcXYZ09 :#-{}[],&*!|>'%@`?=~.é€\uD83D\uDE00\u2028";
        private static final List<String> ESCAPES = List.of("\\\"", "\\\\", "\\/", "\\n", "\\t", "\\r", "\\b", "\\f",
                "\\u0001", "\\u00e9", "\\ud83d\\ude00");
        private static final List<String> LOOK_ALIKES = List.of("true", "null", "~", "30", "1.5", "no", "<<", "Ref",
                "Fn::GetAtt", "Rain::Embed", "${AWS::Region}", "");

        private final Random random;

        RandomJson(Random random) {
            this.random = random;
        }

        void object(StringBuilder out, int depth) {
            out.append('{');
            int entries = random.nextInt(depth == 0 ? 6 : 4);
            for (int i = 0; i < entries; i++) {
                space(out);
                string(out);
                // A key and its colon on one line: YAML's flow syntax requires it, JSON writers do it.
                out.append(random.nextBoolean() ? "" : " ").append(':');
                space(out);
                value(out, depth + 1);
                space(out);
                if (i < entries - 1) {
                    out.append(',');
                }
            }
            space(out);
            out.append('}');
        }

        private void value(StringBuilder out, int depth) {
            int kind = random.nextInt(depth > 4 ? 4 : 6);
            switch (kind) {
                case 0 -> string(out);
                case 1 -> out.append(NUMBERS.get(random.nextInt(NUMBERS.size())));
                case 2 -> out.append(List.of("true", "false", "null").get(random.nextInt(3)));
                case 3 -> string(out);
                case 4 -> object(out, depth);
                default -> array(out, depth);
            }
        }

        private void array(StringBuilder out, int depth) {
            out.append('[');
            int items = random.nextInt(4);
            for (int i = 0; i < items; i++) {
                space(out);
                value(out, depth + 1);
                space(out);
                if (i < items - 1) {
                    out.append(',');
                }
            }
            out.append(']');
        }

        private void string(StringBuilder out) {
            out.append('"');
            if (random.nextInt(3) == 0) {
                out.append(LOOK_ALIKES.get(random.nextInt(LOOK_ALIKES.size())));
            } else {
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    if (random.nextInt(5) == 0) {
                        out.append(ESCAPES.get(random.nextInt(ESCAPES.size())));
                    } else {
                        int at = random.nextInt(CHARACTERS.length());
                        if (Character.isHighSurrogate(CHARACTERS.charAt(at))) {
                            out.append(CHARACTERS, at, at + 2);
                        } else if (!Character.isLowSurrogate(CHARACTERS.charAt(at))) {
                            out.append(CHARACTERS.charAt(at));
                        }
                    }
                }
            }
            out.append('"');
        }

        private void space(StringBuilder out) {
            out.append(SPACES.get(random.nextInt(SPACES.size())));
        }
    }

    @Test
    void theRandomDocumentsAreJson() {
        // The property above is only as good as its documents: Jackson must accept every one.
        List<String> refused = new ArrayList<>();
        for (int seed = 0; seed < 200; seed++) {
            StringBuilder json = new StringBuilder();
            new RandomJson(new Random(seed)).object(json, 0);
            try {
                parser.readJson(json.toString(), List.of());
            } catch (JsonEvents.NotJson e) {
                refused.add(json + ": " + e.getMessage());
            }
        }
        assertThat(refused).isEmpty();
    }
}
