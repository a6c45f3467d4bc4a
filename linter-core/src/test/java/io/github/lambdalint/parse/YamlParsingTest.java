package io.github.lambdalint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class YamlParsingTest {

    private final TemplateParser parser = new TemplateParser(ParseLimits.DEFAULT);

    private ParseResult parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private MapNode root(String text) {
        ParseResult result = parse(text);
        assertThat(result.problems()).isEmpty();
        return (MapNode) result.root().orElseThrow();
    }

    @Test
    void shortFormTagsBecomeTheirLongForm() {
        MapNode root = root("""
                A: !Ref Bucket
                B: !Sub "${X}"
                C: !If [Cond, a, b]
                """);
        MapNode ref = (MapNode) root.get("A").orElseThrow();
        assertThat(ref.singleEntry().orElseThrow().name()).isEqualTo("Ref");
        assertThat(((ScalarNode) ref.get("Ref").orElseThrow()).text()).isEqualTo("Bucket");
        assertThat(((MapNode) root.get("B").orElseThrow()).get("Fn::Sub")).isPresent();
        ListNode ifArgs = (ListNode) ((MapNode) root.get("C").orElseThrow()).get("Fn::If").orElseThrow();
        assertThat(ifArgs.items()).hasSize(3);
    }

    @Test
    void getAttShortFormSplitsAtTheFirstDot() {
        MapNode root = root("A: !GetAtt Db.Endpoint.Address\n");
        ListNode args = (ListNode) ((MapNode) root.get("A").orElseThrow()).get("Fn::GetAtt").orElseThrow();
        assertThat(args.items()).extracting(n -> ((ScalarNode) n).text()).containsExactly("Db", "Endpoint.Address");
    }

    @Test
    void everyNodeKnowsItsLineAndColumn() {
        MapNode root = root("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Timeout: !Ref T
                """);
        MapNode resources = root.getMap("Resources").orElseThrow();
        MapNode.Entry fn = resources.entry("Fn").orElseThrow();
        assertThat(fn.key().position()).isEqualTo(new Position(2, 3));
        Node timeout = ((MapNode) ((MapNode) fn.value()).get("Properties").orElseThrow()).get("Timeout").orElseThrow();
        assertThat(timeout.position()).isEqualTo(new Position(5, 16));
    }

    @Test
    void jsonHasTheSamePositions() {
        MapNode root = root("{\n  \"Resources\": {\n    \"Fn\": {\"Type\": \"AWS::Lambda::Function\"}\n  }\n}\n");
        MapNode.Entry fn = root.getMap("Resources").orElseThrow().entry("Fn").orElseThrow();
        assertThat(fn.key().position()).isEqualTo(new Position(3, 5));
    }

    @Test
    void crlfLineEndingsKeepLineNumbers() {
        MapNode root = root("A: 1\r\nB: 2\r\nC: 3\r\n");
        assertThat(root.entry("C").orElseThrow().key().position().line()).isEqualTo(3);
    }

    @Test
    void plainScalarsKeepTheirYamlType() {
        MapNode root = root("a: 30\nb: '30'\nc: true\nd: 1.5\ne:\n");
        assertThat(((ScalarNode) root.get("a").orElseThrow()).type()).isEqualTo(ScalarNode.ScalarType.INTEGER);
        assertThat(((ScalarNode) root.get("b").orElseThrow()).type()).isEqualTo(ScalarNode.ScalarType.STRING);
        assertThat(((ScalarNode) root.get("c").orElseThrow()).type()).isEqualTo(ScalarNode.ScalarType.BOOLEAN);
        assertThat(((ScalarNode) root.get("d").orElseThrow()).type()).isEqualTo(ScalarNode.ScalarType.FLOAT);
        assertThat(((ScalarNode) root.get("e").orElseThrow()).isNull()).isTrue();
    }

    @Test
    void unknownTagIsAProblemAtItsLine() {
        ParseResult result = parse("A: 1\nB: !Reff Bucket\n");
        assertThat(result.root()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("unknown tag !Reff");
            assertThat(p.position().line()).isEqualTo(2);
        });
    }

    @Test
    void aDuplicateKeyKeepsItsLastValueAndIsReportedAtTheLaterKeyNamingTheEarlier() {
        ParseResult result = parse("Resources:\n  A: 1\n  B: 2\n  A: 3\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DUPLICATE_KEY);
            assertThat(p.message()).startsWith("duplicate key 'A' (also at line 2): CloudFormation keeps the last");
            assertThat(p.position()).isEqualTo(new Position(4, 3));
            assertThat(p.related()).extracting(ParseProblem.Related::position).containsExactly(new Position(2, 3));
        });
        MapNode resources = (MapNode) ((MapNode) result.root().orElseThrow()).get("Resources").orElseThrow();
        assertThat(resources.entries()).extracting(MapNode.Entry::name).containsExactly("A", "B");
        assertThat(((ScalarNode) resources.get("A").orElseThrow()).text()).isEqualTo("3");
    }

    @Test
    void aKeyWrittenThreeTimesKeepsTheThirdAndNamesTheLineBeforeEachRepeat() {
        ParseResult result = parse("{\"A\": 1,\n \"A\": 2,\n \"A\": 3}\n");
        assertThat(result.problems()).extracting(ParseProblem::message)
                .allMatch(m -> m.startsWith("duplicate key 'A'"))
                .anyMatch(m -> m.contains("(also at line 1)")).anyMatch(m -> m.contains("(also at line 2)"));
        assertThat(((MapNode) result.root().orElseThrow()).get("A")).get()
                .extracting(n -> ((ScalarNode) n).text()).isEqualTo("3");
    }

    @Test
    void aRepeatedMergeKeyReplacesTheEarlierMerge() {
        ParseResult result = parse("a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n");
        assertThat(result.problems()).singleElement().extracting(ParseProblem::kind)
                .isEqualTo(ParseProblem.Kind.DUPLICATE_KEY);
        MapNode c = (MapNode) ((MapNode) result.root().orElseThrow()).get("c").orElseThrow();
        assertThat(c.entries()).extracting(MapNode.Entry::name).containsExactly("y");
    }

    @Test
    void rainDirectivesBecomeOneEntryMappingsAndAreReportedOnceForTheFile() {
        ParseResult result = parse("""
                Resources:
                  Network:
                    Type: !Rain::Module ../modules/vpc.yml
                  Fn:
                    Properties:
                      Code:
                        ZipFile: !Rain::Embed handler.py
                      Other: {"Rain::S3": {Path: src}}
                """);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.PREPROCESSOR_DIRECTIVE);
            assertThat(p.position()).isEqualTo(new Position(3, 11));
            assertThat(p.message()).startsWith("the template uses 3 directives of the rain preprocessor "
                    + "(Rain::Module, Rain::Embed, Rain::S3)").contains("`rain pkg` replaces them");
            assertThat(p.related()).extracting(ParseProblem.Related::description).containsExactly(
                    "Rain::Module ../modules/vpc.yml: replaced by rain pkg",
                    "Rain::Embed handler.py: replaced by rain pkg", "Rain::S3: replaced by rain pkg");
        });
        MapNode code = (MapNode) ((MapNode) ((MapNode) ((MapNode) ((MapNode) result.root().orElseThrow())
                .get("Resources").orElseThrow()).get("Fn").orElseThrow()).get("Properties").orElseThrow())
                .get("Code").orElseThrow();
        MapNode embed = (MapNode) code.get("ZipFile").orElseThrow();
        assertThat(embed.singleEntry().orElseThrow().name()).isEqualTo("Rain::Embed");
    }

    @Test
    void aTagThatOnlyLooksLikeADirectiveIsStillUnknown() {
        assertThat(parse("A: !Rain::\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("unknown tag !Rain::"));
        assertThat(parse("A: !Rainy::Embed x\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNREADABLE));
    }

    @Test
    void syntaxErrorCarriesTheProblemPosition() {
        ParseResult result = parse("Resources:\n  A: [1, 2\n  B: 3\n");
        assertThat(result.root()).isEmpty();
        ParseProblem problem = result.problems().get(0);
        assertThat(problem.message()).startsWith("YAML syntax error");
        assertThat(problem.position().line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void tabIndentationIsASyntaxError() {
        ParseResult result = parse("Resources:\n\tA: 1\n");
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.position().line()).isEqualTo(2));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "A: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        ParseResult result = parser.parse(bytes);
        assertThat(result.problems()).isEmpty();
        assertThat(((MapNode) result.root().orElseThrow()).get("A")).isPresent();
    }

    @Test
    void utf16IsReadButReported() {
        byte[] body = "\uFEFFA: 1\n".getBytes(StandardCharsets.UTF_16BE);
        ParseResult result = parser.parse(body);
        assertThat(result.root()).isPresent();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("CloudFormation accepts only UTF-8"));
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] bytes = {'A', ':', ' ', '1', '\n', 'B', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        ParseResult result = parser.parse(bytes);
        assertThat(result.root()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("invalid UTF-8");
            assertThat(p.position()).isEqualTo(new Position(2, 4));
        });
    }

    @Test
    void aliasBombStopsAtTheExpansionLimit() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
        }
        ParseResult result = parse(yaml.toString());
        assertThat(result.root()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("alias"));
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        String deep = "[".repeat(500) + "]".repeat(500);
        ParseResult result = parse("a: " + deep + "\n");
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nesting deeper than 200"));
    }

    @Test
    void secondDocumentIsAProblem() {
        ParseResult result = parse("A: 1\n---\nB: 2\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("more than one YAML document");
            assertThat(p.position().line()).isEqualTo(2);
        });
    }

    @Test
    void emptyFileHasNoRootAndNoProblem() {
        ParseResult result = parse("# only a comment\n");
        assertThat(result.root()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void anchorsAndAliasesWithinTheBudgetResolve() {
        MapNode root = root("base: &b {x: 1}\ncopy: *b\n");
        assertThat(root.get("copy").orElseThrow()).isEqualTo(root.get("base").orElseThrow());
    }

    @Test
    void templateReaderFindsSectionsAndResources() {
        TemplateReader.Outcome outcome = new TemplateReader(ParseLimits.DEFAULT).read(root("""
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Condition: IsProd
                """));
        Template template = ((TemplateReader.Outcome.Read) outcome).template();
        assertThat(template.serverless()).isTrue();
        assertThat(template.parameters().get("Subnets").isList()).isTrue();
        Resource fn = template.resource("Fn").orElseThrow();
        assertThat(fn.condition()).contains("IsProd");
        assertThat(fn.properties().isEmpty()).isTrue();
    }

    @Test
    void structuralMistakesAreProblemsAndTheRestIsKept() {
        TemplateReader.Outcome outcome = new TemplateReader(ParseLimits.DEFAULT).read(root("""
                Resources:
                  NoType:
                    Properties: {}
                  ScalarProps:
                    Type: AWS::SQS::Queue
                    Properties: nonsense
                  Good:
                    Type: AWS::SQS::Queue
                """));
        TemplateReader.Outcome.Read read = (TemplateReader.Outcome.Read) outcome;
        assertThat(read.template().resources()).containsOnlyKeys("ScalarProps", "Good");
        assertThat(read.problems()).extracting(ParseProblem::message).containsExactly(
                "resource NoType has no Type",
                "the Properties of resource ScalarProps must be a mapping, not a string");
        assertThat(read.problems()).extracting(p -> p.position().line()).containsExactly(2, 6);
    }

    @Test
    void aDocumentWithoutTemplateSectionsIsNotATemplate() {
        TemplateReader.Outcome outcome = new TemplateReader(ParseLimits.DEFAULT).read(root("version: 3\nservices: {}\n"));
        assertThat(outcome).isInstanceOf(TemplateReader.Outcome.NotATemplate.class);
    }

    @Test
    void resourcesAsAListIsAProblem() {
        TemplateReader.Outcome outcome = new TemplateReader(ParseLimits.DEFAULT).read(root("Resources:\n  - a\n"));
        assertThat(((TemplateReader.Outcome.Read) outcome).problems()).extracting(ParseProblem::message)
                .containsExactly("Resources must be a mapping of logical ids to resources, not a list");
    }
}
