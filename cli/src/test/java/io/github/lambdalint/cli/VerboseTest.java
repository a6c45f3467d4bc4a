package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;

class VerboseTest {

    @TempDir
    Path directory;

    @Test
    void verboseListsTheFilesSkippedInADirectoryWalk() throws Exception {
        CommandRun command = new CommandRun(directory).withRules(TestRules.flagsEveryFunction("LL901", Level.NOTE));
        Files.writeString(directory.resolve("templates/docker-compose.yml"), "services:\n  web:\n    image: nginx\n");

        CommandRun.Outcome quiet = command.run("templates");
        assertThat(quiet.err()).doesNotContain("skipped");

        CommandRun.Outcome verbose = command.run("-v", "templates");
        assertThat(verbose.err()).contains("lambda-lint: skipped templates/docker-compose.yml: not a template\n")
                .contains("lambda-lint: 3 templates linted, 1 file skipped\n");
        assertThat(verbose.out()).isEqualTo(quiet.out());
    }
}
