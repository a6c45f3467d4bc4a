package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * Files that are not what they claim to be, and directories that fight the walk: each file
 * ends in findings, in "skipped", or in a file error, and the healthy files beside them are
 * still reported in full.
 */
class HostileFilesTest {

    private static final String HEALTHY = "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n";

    @TempDir
    Path directory;

    /** Reports every resource of every template, so "fully reported" can be seen. */
    private static final Rule EVERY_RESOURCE = rule("LL990", (model, report) -> model.resourceTypes().keySet()
            .stream().sorted().forEach(id -> report.accept(Violation.of(Position.START, id, "resource " + id,
                    List.of()))));

    private final LintEngine engine = new LintEngine(List.of(EVERY_RESOURCE));

    /** The default limits, but files of at most 1000 bytes. */
    private static ParseLimits smallFiles() {
        ParseLimits d = ParseLimits.DEFAULT;
        return new ParseLimits(1000, d.maxDepth(), d.maxAliases(), d.maxNodes(), d.maxResources(), d.maxStringLength());
    }

    private LintResult lint(Path... paths) throws Exception {
        return engine.lint(LintRequest.of(List.of(paths), directory));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> filesWithFindings(LintResult result) {
        return result.findings().stream().map(f -> f.location().file()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aBinaryFileNamedJsonIsSkippedByTheWalkAndReportedWhenNamed() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, (byte) 0xFF, (byte) 0xD8};
        Path binary = write("icons/logo.json", png);
        write("app.yaml", HEALTHY);

        LintResult walked = lint(directory);
        assertThat(walked.skippedFiles()).containsExactly("icons/logo.json");
        assertThat(filesWithFindings(walked)).containsExactly("app.yaml");
        assertThat(walked.templatesLinted()).isEqualTo(1);

        LintResult named = lint(binary);
        assertThat(named.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("LL000");
            assertThat(f.message()).startsWith("invalid UTF-8 byte sequence");
            assertThat(f.location().position().line()).isEqualTo(1);
        });
    }

    @Test
    void aBrokenTemplateFoundByTheWalkIsReportedWithItsLine() throws Exception {
        write("broken.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q: {Type: AWS::SQS::Queue\n");
        write("app.yaml", HEALTHY);

        LintResult result = lint(directory);

        assertThat(result.findings()).extracting(f -> f.location().file() + ":" + f.ruleId())
                .containsExactly("app.yaml:LL990", "broken.yaml:LL000");
        assertThat(result.findings().get(1).location().position().line()).isEqualTo(4);
    }

    @Test
    void aDirectoryNamedLikeATemplateIsWalkedNotRead() throws Exception {
        write("x.yaml/inner.yaml", HEALTHY);
        write("app.yaml", HEALTHY);

        assertThat(filesWithFindings(lint(directory))).containsExactly("app.yaml", "x.yaml/inner.yaml");
        LintResult named = lint(directory.resolve("x.yaml"));
        assertThat(named.fileErrors()).isEmpty();
        assertThat(filesWithFindings(named)).containsExactly("x.yaml/inner.yaml");
    }

    @Test
    void symbolicLinkLoopsDoNotTrapTheWalk() throws Exception {
        write("stacks/app.yaml", HEALTHY);
        Files.createSymbolicLink(directory.resolve("stacks/loop"), directory.resolve("stacks"));
        Files.createSymbolicLink(directory.resolve("stacks/self.yaml"), directory.resolve("stacks/self.yaml"));
        Files.createSymbolicLink(directory.resolve("stacks/dangling.yaml"), directory.resolve("nowhere.yaml"));
        Files.createSymbolicLink(directory.resolve("stacks/linked.yaml"), directory.resolve("stacks/app.yaml"));

        LintResult result = lint(directory);

        assertThat(result.fileErrors()).isEmpty();
        assertThat(filesWithFindings(result)).containsExactly("stacks/app.yaml");
    }

    @Test
    void linksInsideAWalkedDirectoryAreNotFollowedButANamedLinkIs() throws Exception {
        Path outside = write("elsewhere/secret.yaml", HEALTHY);
        write("stacks/app.yaml", HEALTHY);
        write("elsewhere/more/other.yaml", HEALTHY);
        Path fileLink = Files.createSymbolicLink(directory.resolve("stacks/secret.yaml"), outside);
        Files.createSymbolicLink(directory.resolve("stacks/more"), directory.resolve("elsewhere/more"));

        LintResult walked = lint(directory.resolve("stacks"));
        assertThat(walked.fileErrors()).isEmpty();
        assertThat(walked.skippedFiles()).isEmpty();
        assertThat(filesWithFindings(walked)).containsExactly("stacks/app.yaml");

        assertThat(filesWithFindings(lint(fileLink))).containsExactly("stacks/secret.yaml");
    }

    @Test
    void standardInputIsLintedAsANamedFileShownAsStdin() throws Exception {
        write("app.yaml", HEALTHY);
        LintRequest request = LintRequest.builder(directory).paths(List.of(directory.resolve("app.yaml")))
                .standardInput(Optional.of("{}".getBytes(StandardCharsets.UTF_8))).build();

        LintResult result = engine.lint(request);

        assertThat(result.findings()).extracting(f -> f.location().file() + ":" + f.ruleId())
                .containsExactly("<stdin>:LL000", "app.yaml:LL990");
        assertThat(result.findings().get(0).message()).startsWith("not a CloudFormation or SAM template");
        assertThat(engine.inputs(request).files()).containsExactly(directory.resolve("app.yaml"));
    }

    @Test
    void standardInputOverTheSizeLimitIsReportedWithoutItsSize() throws Exception {
        byte[] big = new byte[smallFiles().maxBytes() + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        LintResult result = engine.lint(LintRequest.builder(directory).limits(smallFiles())
                .standardInput(Optional.of(big)).build());

        assertThat(result.findings()).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("the file has more than 1000 bytes, the limit"));
    }

    @Test
    void excludesOfTheRequestApplyToTheWalk() throws Exception {
        write("stacks/app.yaml", HEALTHY);
        write("stacks/cdk.out/App.template.json", "{\"Resources\": {}}");

        LintRequest request = LintRequest.builder(directory).paths(List.of(directory.resolve("stacks")))
                .excludes(List.of("stacks/cdk.out")).build();

        assertThat(filesWithFindings(engine.lint(request))).containsExactly("stacks/app.yaml");
        assertThat(engine.inputs(request).files()).containsExactly(directory.resolve("stacks/app.yaml"));
    }

    @Test
    void theRunLintsTheFilesFoundForItWithoutSearchingAgain() throws Exception {
        write("stacks/app.yaml", HEALTHY);
        LintRequest request = LintRequest.builder(directory).paths(List.of(directory.resolve("stacks"),
                directory.resolve("missing.yaml"))).build();
        LintEngine.Inputs inputs = engine.inputs(request);
        write("stacks/later.yaml", HEALTHY);

        LintResult result = engine.lint(request, inputs);

        assertThat(inputs.files()).containsExactly(directory.resolve("stacks/app.yaml"));
        assertThat(filesWithFindings(result)).as("found once: the file written after the search is not read")
                .containsExactly("stacks/app.yaml");
        assertThat(result.fileErrors()).extracting(FileError::file).containsExactly("missing.yaml");
        assertThat(filesWithFindings(engine.lint(request))).containsExactly("stacks/app.yaml", "stacks/later.yaml");
    }

    @Test
    void aGivenParameterNoTemplateDeclaresIsAWarningOfTheResult() throws Exception {
        write("app.yaml", "Parameters:\n  Stage: {Type: String}\n" + HEALTHY);
        LintRequest request = LintRequest.builder(directory).paths(List.of(directory.resolve("app.yaml")))
                .parameters(java.util.Map.of("Stage", "prod", "Stgae", "prod")).build();

        assertThat(engine.lint(request).warnings()).containsExactly(
                "parameter Stgae was given a value, but no linted template declares it (they declare Stage)");
        assertThat(engine.lint(LintRequest.builder(directory).parameters(java.util.Map.of("Stage", "x")).build())
                .warnings()).as("nothing linted, nothing to compare").isEmpty();
    }

    @Test
    void aLinkToADirectoryIsWalkedWhenNamed() throws Exception {
        write("real/app.yaml", HEALTHY);
        Path link = Files.createSymbolicLink(directory.resolve("link"), directory.resolve("real"));

        assertThat(filesWithFindings(lint(link))).containsExactly("link/app.yaml");
    }

    @Test
    void unreadableFilesAndDirectoriesAreFileErrorsAndTheRestIsLinted() throws Exception {
        Path secret = write("secret.yaml", HEALTHY);
        Path locked = write("locked/inner.yaml", HEALTHY).getParent();
        write("app.yaml", HEALTHY);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // Root reads everything: the case cannot be made then.
            Assumptions.assumeFalse(Files.isReadable(secret), "running as a user who can read any file");

            LintResult result = lint(directory);

            assertThat(result.fileErrors()).containsExactlyInAnyOrder(
                    new FileError("locked", "cannot list the directory: permission denied"),
                    new FileError("secret.yaml", "cannot read: permission denied"));
            assertThat(filesWithFindings(result)).containsExactly("app.yaml");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingPathAndASpecialFileAreFileErrors() throws Exception {
        write("app.yaml", HEALTHY);

        LintResult result = lint(directory.resolve("missing.yaml"), Path.of("/dev/null"), directory.resolve("app.yaml"));

        assertThat(result.fileErrors()).extracting(FileError::message)
                .containsExactly("no such file or directory", "not a regular file");
        assertThat(filesWithFindings(result)).containsExactly("app.yaml");
    }

    @Test
    void aFileOverTheSizeLimitIsOneFindingWithoutBeingRead() throws Exception {
        Path big = write("big.yaml", "Resources: {}\n# " + "x".repeat(2000) + "\n");
        LintRequest request = LintRequest.builder(directory).paths(List.of(big)).limits(smallFiles()).build();

        LintResult result = engine.lint(request);

        assertThat(result.findings()).singleElement().extracting(Finding::message)
                .isEqualTo("the file has 2017 bytes, more than the limit of 1000");
    }

    @Test
    void anOversizedTemplateFoundByTheWalkIsReportedAndOtherBigDataSkipped() throws Exception {
        write("big-template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n# " + "x".repeat(2000) + "\n");
        write("big-data.json", "[" + "1,".repeat(1000) + "1]");
        LintRequest request = LintRequest.builder(directory).paths(List.of(directory)).limits(smallFiles()).build();

        LintResult result = engine.lint(request);

        assertThat(result.findings()).extracting(f -> f.location().file() + " " + f.message())
                .containsExactly("big-template.yaml the file has 2042 bytes, more than the limit of 1000");
        assertThat(result.skippedFiles()).containsExactly("big-data.json");
    }

    @Test
    void aRuleThatBreaksBadlyCostsOnlyItsOwnFindings() throws Exception {
        write("a.yaml", HEALTHY);
        write("b.yaml", HEALTHY);
        Rule overflowing = rule("LL991", (model, report) -> {
            throw new StackOverflowError();
        });
        Rule asserting = rule("LL992", (model, report) -> {
            throw new AssertionError("broken invariant");
        });

        LintResult result = new LintEngine(List.of(overflowing, asserting, EVERY_RESOURCE)).lint(
                LintRequest.of(List.of(directory), directory));

        assertThat(result.crashes()).extracting(LintCrash::stage)
                .containsExactly("rule LL991", "rule LL992", "rule LL991", "rule LL992");
        assertThat(filesWithFindings(result)).containsExactly("a.yaml", "b.yaml");
    }

    @Test
    void aHugeLogicalIdDoesNotMakeAHugeMessage() throws Exception {
        String id = "R".repeat(100_000);
        // An explicit key: a plain one is limited to 1024 characters by YAML itself.
        Path file = write("long.yaml", "Resources:\n  ? " + id + "\n  : Type: AWS::SQS::Queue\n");

        LintResult result = lint(file);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).hasSize(FileLinter.MAX_MESSAGE_LENGTH + 1).endsWith("…");
            assertThat(f.resource()).contains(id);
        });
    }

    @Test
    void everyFileEndsInExactlyOneOutcome() throws Exception {
        write("app.yaml", HEALTHY);
        write("empty.yaml", "");
        write("compose.yaml", "services: {web: {image: nginx}}\n");
        write("utf16.yaml", ("\uFEFF" + HEALTHY).getBytes(StandardCharsets.UTF_16LE));
        write("nul.json", "{\"Resources\": {\"A\": {\"Type\": \"AWS::SQS::Queue\u0000\"}}}");
        write("tabs.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n\tQ: {}\n");
        write("dir.yaml/nested.template", HEALTHY);

        LintResult result = lint(directory);

        Set<String> withFindings = filesWithFindings(result);
        Set<String> skipped = Set.copyOf(result.skippedFiles());
        assertThat(withFindings).containsExactlyInAnyOrder("app.yaml", "utf16.yaml", "nul.json", "tabs.yaml",
                "dir.yaml/nested.template");
        assertThat(skipped).containsExactlyInAnyOrder("empty.yaml", "compose.yaml");
        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.crashes()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.location().file().equals("utf16.yaml"))
                .extracting(Finding::ruleId).containsExactly("LL000", "LL990");
        assertThat(result.findings()).filteredOn(f -> f.location().file().equals("nul.json"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("U+0000"));
    }

    private static Rule rule(String id, java.util.function.BiConsumer<TemplateModel, Consumer<Violation>> check) {
        RuleInfo info = new RuleInfo(id, "TestRule" + id, Level.WARNING, "A test rule.", "A test rule.",
                List.of("test"), "high");
        return new Rule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(TemplateModel model, Consumer<Violation> report) {
                check.accept(model, report);
            }
        };
    }
}
