package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.report.SpecialFiles;

/** {@code -o} never destroys what it names: an input, a device, a pipe, a link. */
class OutputSafetyTest {

    @TempDir
    Path directory;

    private CommandRun command;
    private String template;

    @BeforeEach
    void setUp() throws IOException {
        command = new CommandRun(directory).withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR));
        template = Files.readString(directory.resolve("templates/function.yaml"));
    }

    @Test
    void anOutputThatIsTheTemplateIsAUsageErrorAndNothingIsWritten() throws IOException {
        CommandRun.Outcome outcome = command.run("-o", "templates/function.yaml", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEqualTo("lambda-lint: the output "
                + directory.resolve("templates/function.yaml") + " is one of the files to lint;"
                + " writing the report there would destroy it; nothing was linted or written\n");
        assertThat(directory.resolve("templates/function.yaml")).hasContent(template);
    }

    @Test
    void anOutputThatIsATemplateThroughALinkNamesBoth() throws IOException {
        Files.createSymbolicLink(directory.resolve("report.json"), directory.resolve("templates/function.yaml"));

        CommandRun.Outcome outcome = command.run("-o", "report.json", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("lambda-lint: the output " + directory.resolve("report.json") + " is "
                + directory.resolve("templates/function.yaml") + ", one of the files to lint;");
        assertThat(directory.resolve("templates/function.yaml")).hasContent(template);
    }

    @Test
    void anOutputInsideAWalkedDirectoryOrReachedThroughALinkIsRefusedToo() throws IOException {
        Files.createSymbolicLink(directory.resolve("report.json"), directory.resolve("templates/function.yaml"));

        assertThat(command.run("-f", "json", "-o", "templates/./function.yaml", "templates").exitCode()).isEqualTo(2);
        assertThat(command.run("-f", "json", "-o", "report.json", "templates").exitCode()).isEqualTo(2);
        assertThat(command.run("--write-baseline", "templates/function.yaml", "templates").exitCode()).isEqualTo(2);
        assertThat(directory.resolve("templates/function.yaml")).hasContent(template);
    }

    @Test
    void aReportBesideTheTemplatesIsFine() throws IOException {
        CommandRun.Outcome outcome = command.run("-q", "-f", "json", "-o", "templates/report.json", "templates");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(directory.resolve("templates/report.json")).content().contains("\"ruleId\": \"LL901\"");
    }

    @Test
    void devNullStaysADevice() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.isWritable(devNull));

        CommandRun.Outcome outcome = command.run("-q", "-f", "sarif", "-o", "/dev/null", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).isEmpty();
        assertThat(SpecialFiles.isDeviceOrPipe(devNull)).isTrue();
    }

    @Test
    void aFullDeviceIsAnIoErrorAndStaysADevice() {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(devFull));

        CommandRun.Outcome outcome = command.run("-q", "-f", "sarif", "-o", "/dev/full", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("lambda-lint: cannot write /dev/full: ").doesNotContain("\tat ");
        assertThat(SpecialFiles.isDeviceOrPipe(devFull)).isTrue();
    }

    @Test
    void aNamedPipeGetsTheReportAndStaysAPipe() throws Exception {
        Path fifo = directory.resolve("report.pipe");
        Assumptions.assumeTrue(SpecialFiles.makeFifo(fifo));
        ExecutorService threads = SpecialFiles.daemonThreads();
        try {
            Future<String> read = threads.submit(() -> Files.readString(fifo));
            Future<CommandRun.Outcome> run = threads.submit(() -> command.run("-q", "-o", "report.pipe",
                    "templates/function.yaml"));

            assertThat(run.get(30, TimeUnit.SECONDS).exitCode()).isEqualTo(1);
            assertThat(read.get(30, TimeUnit.SECONDS)).contains("error LL901");
            assertThat(SpecialFiles.isDeviceOrPipe(fifo)).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLinkStaysALinkAndItsTargetGetsTheReport() throws IOException {
        Path real = Files.createDirectories(directory.resolve("reports")).resolve("lint.txt");
        Path link = Files.createSymbolicLink(directory.resolve("lint.txt"), Path.of("reports/lint.txt"));

        assertThat(command.run("-q", "-o", "lint.txt", "templates/function.yaml").exitCode()).isEqualTo(1);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).content().contains("error LL901");
    }
}
