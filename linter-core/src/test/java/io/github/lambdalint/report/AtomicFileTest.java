package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path directory;

    @Test
    void writesTheContentAndLeavesNothingElse() throws IOException {
        Path target = directory.resolve("out/report.sarif");

        AtomicFile.write(target, out -> out.write("{}\n"));

        assertThat(target).hasContent("{}");
        assertThat(entries(target.getParent())).containsExactly(target);
    }

    @Test
    void aFailedWriteKeepsTheOldReport() throws IOException {
        Path target = directory.resolve("report.sarif");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(entries(directory)).containsExactly(target);
    }

    @Test
    void aBugMidWriteKeepsTheOldReportAndLeavesNoTemporaryFile() throws IOException {
        Path target = directory.resolve("report.sarif");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("{\"runs\": [".repeat(100_000));
            throw new IllegalStateException("reporter bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("old");
        assertThat(entries(directory)).containsExactly(target);
    }

    @Test
    void aTargetThatIsADirectoryFailsWithoutLeavingATemporaryFile() throws IOException {
        Path target = Files.createDirectories(directory.resolve("report.sarif"));
        Files.writeString(target.resolve("keep"), "x");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write("{}"))).isInstanceOf(IOException.class);

        assertThat(entries(directory)).containsExactly(target);
        assertThat(target.resolve("keep")).hasContent("x");
    }

    @Test
    void theReportHasTheUsualPermissionsNotTemporaryFileOnes() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(directory.resolve("plain"));
        Path target = directory.resolve("report.sarif");

        AtomicFile.write(target, out -> out.write("{}"));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aReportOverAnExistingFileKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(directory.resolve("report.sarif"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        AtomicFile.write(target, out -> out.write("{}"));

        assertThat(target).hasContent("{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheReport() throws IOException {
        Path real = Files.writeString(Files.createDirectories(directory.resolve("real")).resolve("report.sarif"), "old");
        Path link = Files.createSymbolicLink(directory.resolve("link.sarif"), Path.of("real/report.sarif"));

        AtomicFile.write(link, out -> out.write("{}"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("{}");
        assertThat(entries(directory)).containsExactlyInAnyOrder(link, real.getParent());
        assertThat(entries(real.getParent())).containsExactly(real);
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(directory.resolve("link.sarif"), Path.of("reports/report.sarif"));

        AtomicFile.write(link, out -> out.write("{}"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(directory.resolve("reports/report.sarif")).hasContent("{}");
    }

    @Test
    void devNullStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull) && Files.isWritable(devNull));

        AtomicFile.write(devNull, out -> out.write("{}"));

        assertThat(SpecialFiles.isDeviceOrPipe(devNull)).isTrue();
    }

    @Test
    void aFullDeviceIsAnErrorAndStaysADevice() {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(devFull) && Files.isWritable(devFull));

        assertThatThrownBy(() -> AtomicFile.write(devFull, out -> out.write("{}".repeat(10_000))))
                .isInstanceOf(IOException.class);

        assertThat(SpecialFiles.isDeviceOrPipe(devFull)).isTrue();
    }

    @Test
    void aNamedPipeIsWrittenThroughToItsReader() throws Exception {
        Path fifo = directory.resolve("report.pipe");
        Assumptions.assumeTrue(SpecialFiles.makeFifo(fifo));
        ExecutorService threads = SpecialFiles.daemonThreads();
        try {
            Future<String> read = threads.submit(() -> Files.readString(fifo));
            Future<Void> write = threads.submit(() -> {
                AtomicFile.write(fifo, out -> out.write("{}\n"));
                return null;
            });

            write.get(20, TimeUnit.SECONDS);
            assertThat(SpecialFiles.isDeviceOrPipe(fifo)).as("still a FIFO").isTrue();
            assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo("{}\n");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAndThoseOfARunningOneKept() throws Exception {
        Path target = directory.resolve("report.sarif");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Assumptions.assumeFalse(ProcessHandle.of(ended.pid()).map(ProcessHandle::isAlive).orElse(false));
        Path killed = Files.createFile(directory.resolve(".report.sarif.lambda-lint." + ended.pid() + ".0.tmp"));
        Path running = Files.createFile(directory.resolve(".report.sarif.lambda-lint."
                + ProcessHandle.current().parent().orElseThrow().pid() + ".0.tmp"));
        Path someoneElses = Files.createFile(directory.resolve(".report.sarif.12.0.tmp"));

        AtomicFile.write(target, out -> out.write("{}"));

        assertThat(target).hasContent("{}");
        assertThat(killed).doesNotExist();
        assertThat(entries(directory)).containsExactlyInAnyOrder(target, running, someoneElses);
    }

    private static java.util.List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
