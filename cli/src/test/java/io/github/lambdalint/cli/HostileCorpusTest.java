package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.report.SarifSchema;

/**
 * A directory of files written to break a linter, beside healthy templates, through the real
 * command line with every installed rule. Each hostile file ends in LL000 at its line, in the
 * rule findings of what could be read, or in a quiet skip; nothing crashes, nothing hangs, no
 * stack trace is printed, and the healthy templates are reported exactly as when linted alone.
 * The corpus is generated here (nothing huge or binary is committed).
 */
class HostileCorpusTest {

    /**
     * A hang guard only: the whole corpus takes about a second, but a 2-core machine shared by several
     * builds ran it past 20 s; timing belongs to benchmarks.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(180);
    private static final Path TESTDATA = Path.of("..", "testdata");
    private static final List<String> HEALTHY = List.of("rules/LL104/cfn-one-subnet.yaml",
            "rules/LL301/sam-s3-event-no-dlq.yaml", "rules/LL302/cfn-esm-visibility-shorter.json");
    private static final String TEMPLATE_START = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";

    @TempDir
    static Path directory;

    private static CommandRun command;
    /** Hostile file name → the start of the one LL000 line it must give ("line:col: error LL000 message"). */
    private static final Map<String, String> expectedLl000 = new LinkedHashMap<>();
    /** Hostile files a directory walk skips quietly. */
    private static final List<String> skipped = new ArrayList<>();
    /** Hostile files that read as templates and give rule findings, or none, but never LL000. */
    private static final List<String> readable = new ArrayList<>();

    @BeforeAll
    static void writeCorpus() throws IOException {
        command = new CommandRun(directory).withEngines(LintEngine::withInstalledRules);
        Path corpus = Files.createDirectories(directory.resolve("corpus"));
        for (String healthy : HEALTHY) {
            Files.copy(TESTDATA.resolve(healthy), corpus.resolve("healthy-" + Path.of(healthy).getFileName()));
        }

        StringBuilder laughs = new StringBuilder(TEMPLATE_START + "  Q: {Type: AWS::SQS::Queue}\nMetadata:\n"
                + "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            laughs.append("  ").append(c).append(": &").append(c).append(" [")
                    .append(("*" + (char) (c - 1) + ", ").repeat(8)).append('*').append((char) (c - 1)).append("]\n");
        }
        hostile("billion-laughs.yaml", laughs.toString(), "10:38: error LL000 the document has more than 500000 "
                + "nodes once its YAML aliases are expanded");
        hostile("deep-nesting.yaml", TEMPLATE_START + "  Q:\n    Type: AWS::SQS::Queue\n    Metadata: "
                + "[".repeat(100_000) + "\n", "5:212: error LL000 nesting deeper than 200 levels");
        hostile("deep-mapping.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"Resources\": "
                + "{\"a\": ".repeat(50_000) + "\n", "2:1209: error LL000 nesting deeper than 200 levels");
        hostile("long-flow-line.json", "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\", \"Metadata\": ["
                + "1,".repeat(600_000) + "1]}}}\n", "1:1000060: error LL000 the document has more than 500000 nodes");
        hostile("huge-string.yaml", TEMPLATE_START + "  Q:\n    Type: AWS::SQS::Queue\n    Metadata: '"
                + "x".repeat(1_200_000) + "'\n", "5:15: error LL000 a string of 1200000 characters, more than the "
                + "limit of 1048576");
        StringBuilder many = new StringBuilder(TEMPLATE_START);
        for (int i = 0; i <= 10_000; i++) {
            many.append("  Q").append(i).append(": {Type: AWS::SQS::Queue}\n");
        }
        hostile("ten-thousand-and-one-resources.yaml", many.toString(),
                "10003:3: error LL000 more than 10000 resources; the rest of the template is not checked");
        hostile("invalid-utf8.yaml", concat(utf8(TEMPLATE_START + "  Q:\n    Type: AWS::SQS::Queue\n    Metadata: "),
                new byte[] {(byte) 0xC3, 0x28}, utf8("\n")), "5:15: error LL000 invalid UTF-8 byte sequence");
        hostile("nul-byte.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n\"Resources\": {\"Q\": "
                + "{\"Type\": \"AWS::SQS::Queue\u0000\"}}}\n", "2:45: error LL000 the file holds the character U+0000");
        hostile("crlf.yaml", (TEMPLATE_START + "  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n"
                + "      QueueName: !Reff Name\n").replace("\n", "\r\n"), "6:18: error LL000 unknown tag !Reff");
        hostile("tab-indentation.yaml", TEMPLATE_START + "  Q:\n\tType: AWS::SQS::Queue\n",
                "4:1: error LL000 YAML syntax error");
        hostile("resources-list.yaml", TEMPLATE_START + "  - Type: AWS::SQS::Queue\n",
                "3:3: error LL000 Resources must be a mapping of logical ids to resources, not a list");
        hostile("resources-string.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": \"none\"}",
                "1:57: error LL000 Resources must be a mapping of logical ids to resources, not a string");
        hostile("java-tag.yaml", TEMPLATE_START + "  Q:\n    Type: !!java.lang.Runtime AWS::SQS::Queue\n",
                "4:11: error LL000 unknown tag !!java.lang.Runtime");
        hostile("python-tag.yaml", TEMPLATE_START + "  Q: !!python/object/apply:os.system [echo]\n",
                "3:6: error LL000 unknown tag !!python/object/apply:os.system");
        hostile("two-documents.yaml", TEMPLATE_START + "  Q: {Type: AWS::SQS::Queue}\n---\n" + TEMPLATE_START,
                "4:1: error LL000 the file holds more than one YAML document");
        readable("duplicate-key.yaml", TEMPLATE_START + "  Q: {Type: AWS::SQS::Queue}\n  Q: {Type: AWS::SNS::Topic}\n");
        readable("rain-directives.yaml", TEMPLATE_START + "  Net:\n    Type: !Rain::Module ./vpc.yml\n"
                + "  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Rain::Env QUEUE\n");
        hostile("alias-map-as-key.yaml", TEMPLATE_START + "  Q: &q {Type: AWS::SQS::Queue}\n  *q : x\n",
                "4:3: error LL000 a mapping key must be a plain string, not a mapping");
        hostile("truncated.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\"Q\": {\"Ty",
                "2:26: error LL000 YAML syntax error: found unexpected end of stream");
        hostile("utf32.yaml", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                (TEMPLATE_START + "  Q: {Type: AWS::SQS::Queue}\n").getBytes(Charset.forName("UTF-32BE"))),
                "1:1: error LL000 the file is UTF-32 encoded; CloudFormation accepts only UTF-8 templates");

        readable("bad-intrinsics.yaml", TEMPLATE_START + """
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt NoDot
                      Timeout: !Select [99, [1]]
                      Runtime: !Sub 'python${'
                      Layers: !Join [',']
                      Environment: {Variables: !If [UndefinedCondition, {A: b}]}
                      VpcConfig: {SubnetIds: !Select [-1, !Ref Missing], SecurityGroupIds: !Split ['', x]}
                      DeadLetterConfig: {TargetArn: !FindInMap [M]}
                      Code: !Base64 {a: b}
                """);
        readable("reference-cycles.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n"
                + "  A: !Condition B\n  B: !Not [!Condition A]\nParameters:\n  P: {Type: String, Default: !Ref P}\n"
                + "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Condition: A\n    Properties:\n"
                + "      Role: !GetAtt Role.Arn\n      Environment: {Variables: {X: !Sub '${Fn.Arn}${Role}'}}\n"
                + "      VpcConfig: {SubnetIds: [!Ref Fn, !GetAtt Fn.Arn], SecurityGroupIds: [!Ref P]}\n"
                + "  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${Fn}'\n"
                + "      Policies: [{PolicyName: !GetAtt Role.Arn, PolicyDocument: {Statement: [{Effect: Allow, "
                + "Action: !Ref Fn, Resource: !GetAtt Fn.Arn}]}}]\n");
        readable("structure-abuse.yaml", TEMPLATE_START.replace("Resources:\n", "Parameters: [1]\nResources:\n")
                + "  NoType: {Properties: {}}\n  ScalarProps: {Type: AWS::Lambda::Function, Properties: 5}\n"
                + "  1: {Type: AWS::SQS::Queue}\n  true: {Type: AWS::SQS::Queue}\n  ~: {Type: AWS::SQS::Queue}\n");
        readable("merge-keys.yaml", TEMPLATE_START + "  Base: &base\n    Type: AWS::SQS::Queue\n"
                + "  Copy:\n    <<: *base\n    Properties: {VisibilityTimeout: 30}\n");
        readable("utf8-bom.yaml", "\uFEFF" + Files.readString(TESTDATA.resolve(HEALTHY.get(0))));

        skipped("empty.yaml", new byte[0]);
        skipped("comments-only.yml", "# nothing here\n".getBytes(StandardCharsets.UTF_8));
        skipped("docker-compose.yaml", "services:\n  web: {image: nginx}\n".getBytes(StandardCharsets.UTF_8));
        skipped("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}\n".getBytes(StandardCharsets.UTF_8));
        skipped("logo.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R', (byte) 0xFF, (byte) 0xFE, 0});
        skipped("archive.template", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0xC3, (byte) 0x9F, 0});

        Path nested = Files.createDirectories(corpus.resolve("stack.yaml"));
        Files.copy(TESTDATA.resolve(HEALTHY.get(0)), nested.resolve("inner.yaml"));
        Files.createSymbolicLink(nested.resolve("loop"), corpus);
        Files.createSymbolicLink(corpus.resolve("dangling.yaml"), corpus.resolve("nowhere.yaml"));
    }

    private static void hostile(String name, String text, String ll000) throws IOException {
        hostile(name, text.getBytes(StandardCharsets.UTF_8), ll000);
    }

    private static void hostile(String name, byte[] bytes, String ll000) throws IOException {
        Files.write(directory.resolve("corpus").resolve(name), bytes);
        expectedLl000.put(name, ll000);
    }

    private static void readable(String name, String text) throws IOException {
        Files.writeString(directory.resolve("corpus").resolve(name), text);
        readable.add(name);
    }

    private static void skipped(String name, byte[] bytes) throws IOException {
        Files.write(directory.resolve("corpus").resolve(name), bytes);
        skipped.add(name);
    }

    private static CommandRun.Outcome run(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> command.run(args));
    }

    @Test
    void aWalkReportsEachHostileFileOnceAndTheHealthyOnesInFull() {
        CommandRun.Outcome outcome = run("corpus");

        assertThat(outcome.err()).as("standard error").isEmpty();
        assertThat(outcome.exitCode()).isEqualTo(1);
        List<String> lines = outcome.out().lines().toList();
        for (Map.Entry<String, String> file : expectedLl000.entrySet()) {
            assertThat(lines).as("LL000 of %s", file.getKey())
                    .filteredOn(l -> l.startsWith("corpus/" + file.getKey() + ":") && l.contains(" LL000 "))
                    .singleElement().asString().startsWith("corpus/" + file.getKey() + ":" + file.getValue());
        }
        for (String file : readable) {
            assertThat(lines).as("findings of %s", file)
                    .noneMatch(l -> l.startsWith("corpus/" + file + ":") && l.contains(" LL000 ")
                            && !file.equals("structure-abuse.yaml"));
        }
        for (String file : skipped) {
            assertThat(outcome.out()).as("skipped %s", file).doesNotContain("corpus/" + file);
        }
        for (String healthy : HEALTHY) {
            String name = "healthy-" + Path.of(healthy).getFileName();
            assertThat(findingsOf(outcome.out(), "corpus/" + name)).as(name)
                    .isNotEmpty().isEqualTo(findingsOf(run("corpus/" + name).out(), "corpus/" + name));
        }
        assertThat(findingsOf(outcome.out(), "corpus/stack.yaml/inner.yaml")).isNotEmpty();
        int templates = expectedLl000.size() + readable.size() + HEALTHY.size() + 1;
        assertThat(lines.get(lines.size() - 1)).endsWith(" in " + templates + " templates");
    }

    @Test
    void structuralMistakesAreLl000AndTheRestOfTheTemplateIsChecked() {
        CommandRun.Outcome outcome = run("corpus/structure-abuse.yaml", "corpus/merge-keys.yaml",
                "corpus/reference-cycles.yaml", "corpus/bad-intrinsics.yaml", "corpus/duplicate-key.yaml",
                "corpus/rain-directives.yaml");

        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.out()).contains(
                "corpus/duplicate-key.yaml:4:3: warning LL002 duplicate key 'Q' (also at line 3): CloudFormation "
                        + "keeps the last value",
                "corpus/rain-directives.yaml:4:11: note LL003 the template uses 2 directives of the rain "
                        + "preprocessor (Rain::Module, Rain::Env)");
        assertThat(outcome.out()).doesNotContain("duplicate-key.yaml:4:3: error", "rain-directives.yaml:4:11: error");
        assertThat(outcome.out()).contains(
                "corpus/structure-abuse.yaml:2:13: error LL000 Parameters must be a mapping, not a list",
                "corpus/structure-abuse.yaml:4:3: error LL000 resource NoType has no Type",
                "corpus/structure-abuse.yaml:5:58: error LL000 the Properties of resource ScalarProps must be a "
                        + "mapping, not a number");
        assertThat(outcome.out()).doesNotContain("merge-keys.yaml", "reference-cycles.yaml:", "LL000 Fn");
    }

    @Test
    void eachFileNamedAloneEndsInItsOwnOutcome() {
        for (Map.Entry<String, String> file : expectedLl000.entrySet()) {
            CommandRun.Outcome outcome = run("corpus/" + file.getKey());
            assertThat(outcome.exitCode()).as(file.getKey()).isEqualTo(1);
            assertThat(outcome.err()).as(file.getKey()).isEmpty();
            assertThat(outcome.out()).as(file.getKey()).contains("corpus/" + file.getKey() + ":" + file.getValue());
        }
        // Named explicitly, what a walk skips is reported.
        assertThat(run("corpus/logo.json").out()).startsWith("corpus/logo.json:1:1: error LL000 invalid UTF-8");
        assertThat(run("corpus/empty.yaml").out()).startsWith("corpus/empty.yaml:1:1: error LL000 the file is empty");
        assertThat(run("corpus/docker-compose.yaml").out()).startsWith(
                "corpus/docker-compose.yaml:1:1: error LL000 not a CloudFormation or SAM template");
        // A directory named like a template is walked.
        CommandRun.Outcome directoryNamed = run("corpus/stack.yaml");
        assertThat(directoryNamed.err()).isEmpty();
        assertThat(directoryNamed.out()).contains("corpus/stack.yaml/inner.yaml:").endsWith(" in 1 template\n");
    }

    @Test
    void aMissingFileIsAnIoErrorAndEverythingElseIsStillReported() {
        CommandRun.Outcome outcome = run("corpus/missing.yaml", "corpus");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).isEqualTo("lambda-lint: corpus/missing.yaml: no such file or directory\n");
        assertThat(outcome.out()).contains("corpus/billion-laughs.yaml:10:38: error LL000",
                "corpus/healthy-cfn-one-subnet.yaml:");
    }

    @Test
    void theSarifReportOfTheCorpusIsValidAndStable() throws IOException {
        CommandRun.Outcome first = run("--format", "sarif", "--output", "out/report.sarif", "corpus");
        String sarif = Files.readString(directory.resolve("out/report.sarif"));
        CommandRun.Outcome second = run("--format", "sarif", "corpus");

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.err()).isEmpty();
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(second.out()).isEqualTo(sarif);
        Set<String> files = Files.list(directory.resolve("out")).map(p -> p.getFileName().toString())
                .collect(Collectors.toSet());
        assertThat(files).containsExactly("report.sarif");
    }

    private static List<String> findingsOf(String output, String file) {
        return output.lines().filter(l -> l.startsWith(file + ":") || l.startsWith("    related: " + file + ":"))
                .toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
