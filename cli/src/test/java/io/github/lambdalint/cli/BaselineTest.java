package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;

class BaselineTest {

    @TempDir
    Path directory;

    private CommandRun command;

    @BeforeEach
    void setUp() {
        command = new CommandRun(directory).withRules(TestRules.flagsEveryFunction("LL901", Level.ERROR));
    }

    private Path template() {
        return directory.resolve("templates/function.yaml");
    }

    @Test
    void aBaselineHoldsWhenLinesMoveAndCatchesANewFinding() throws Exception {
        CommandRun.Outcome written = command.run("--write-baseline", "baseline.json", "templates/function.yaml");
        assertThat(written.exitCode()).as("writing a baseline accepts what it records").isZero();
        assertThat(written.err()).contains("wrote the baseline baseline.json with 1 findings");
        assertThat(Files.readString(directory.resolve("baseline.json"))).contains("\"ruleId\": \"LL901\"");

        // Unrelated edits move the function down: its finding is still the accepted one.
        String original = Files.readString(template());
        Files.writeString(template(), original.replace("Resources:", "Description: moved\n\n\nResources:"));
        CommandRun.Outcome moved = command.run("--baseline", "baseline.json", "templates/function.yaml");
        assertThat(moved.exitCode()).isZero();
        assertThat(moved.out()).doesNotContain("LL901").contains("(1 in the baseline)");

        // A second function is a new finding, and only it is reported and fails the run.
        Files.writeString(template(), Files.readString(template()) + """
                  Second:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      Role: arn:aws:iam::123456789012:role/second
                      Code:
                        ZipFile: "def handler(event, context): return None"
                """);
        CommandRun.Outcome added = command.run("--baseline", "baseline.json", "-f", "sarif",
                "templates/function.yaml");
        assertThat(added.exitCode()).isEqualTo(1);
        assertThat(added.out()).contains("\"baselineState\": \"new\"").contains("\"baselineState\": \"unchanged\"");
    }

    @Test
    void aMissingOrBrokenBaselineIsAUsageError() throws Exception {
        CommandRun.Outcome missing = command.run("--baseline", "none.json", "templates/function.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("the baseline").contains("does not exist; create it with --write-baseline");

        Files.writeString(directory.resolve("broken.json"), "{\"findings\": 3}");
        CommandRun.Outcome broken = command.run("--baseline", "broken.json", "templates/function.yaml");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("not a lambda-lint baseline");
    }
}
