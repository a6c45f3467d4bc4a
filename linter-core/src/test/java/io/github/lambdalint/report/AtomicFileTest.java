package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static java.util.List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
