package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;

class AwsSnapshotOptionTest {

    private static final String BROKEN_SUBNETS = "{\n  \"Subnets\": [\n    {\"SubnetId\": \"subnet-1\",,}\n  ]\n}\n";

    @TempDir
    Path directory;

    private CommandRun command;

    @BeforeEach
    void setUp() {
        command = new CommandRun(directory).withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR));
    }

    @Test
    void aBrokenSnapshotStopsTheRunWithFileAndLine() throws IOException {
        write("snap/subnets.json", BROKEN_SUBNETS);

        CommandRun.Outcome outcome = command.run("--aws-snapshot", "snap", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("lambda-lint: snap/subnets.json:3:")
                .contains("not valid JSON")
                .endsWith("lambda-lint: the AWS snapshot has mistakes; nothing was linted\n");
    }

    @Test
    void theConfigurationNamesTheSnapshotRelativeToItself() throws IOException {
        write("settings/lambda-lint.yml", "awsSnapshot: snap\n");
        write("settings/snap/subnets.json", BROKEN_SUBNETS);

        CommandRun.Outcome outcome = command.run("-c", "settings/lambda-lint.yml", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("lambda-lint: settings/snap/subnets.json:3:");
    }

    @Test
    void theOptionWinsOverTheConfiguration() throws IOException {
        write("settings/lambda-lint.yml", "awsSnapshot: snap\n");
        write("settings/snap/subnets.json", BROKEN_SUBNETS);
        write("good/subnets.json", "{\"Subnets\": []}\n");

        CommandRun.Outcome outcome = command.run("-c", "settings/lambda-lint.yml", "--aws-snapshot", "good",
                "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
    }

    @Test
    void verboseListsWhatTheSnapshotReaderSkipped() throws IOException {
        write("snap/subnets.json", "{\"Subnets\": []}\n");
        write("snap/functions.json", "{\"Functions\": []}\n");

        CommandRun.Outcome outcome = command.run("--verbose", "--aws-snapshot", "snap", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("lambda-lint: AWS snapshot: skipped snap/functions.json: top-level key"
                + " Functions is not one lambda-lint reads\n");
    }

    private void write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
