package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.report.ToolInfo;

class OptionsTest {

    @TempDir
    Path directory;

    private CommandRun command;

    @BeforeEach
    void setUp() {
        command = new CommandRun(directory).withRules(TestRules.echoesDeployment(),
                TestRules.flagsEveryFunction("LL901", Level.WARNING));
    }

    @Test
    void regionOptionBeatsTheEnvironment() {
        command.withVariable("AWS_REGION", "eu-west-1").withVariable("AWS_DEFAULT_REGION", "us-west-2");

        assertThat(command.run("-r", "ap-south-1", "templates/function.yaml").out()).contains("region=ap-south-1 ");
        assertThat(command.run("templates/function.yaml").out()).contains("region=eu-west-1 ");
    }

    @Test
    void awsDefaultRegionIsTheLastResort() {
        assertThat(command.run("templates/function.yaml").out()).contains("region=unknown ");
        command.withVariable("AWS_REGION", "").withVariable("AWS_DEFAULT_REGION", "us-west-2");
        assertThat(command.run("templates/function.yaml").out()).contains("region=us-west-2 ");
    }

    @Test
    void parametersAreRepeatable() {
        CommandRun.Outcome outcome = command.run("-p", "Stage=prod", "--parameter", "Subnets=subnet-1,subnet-2",
                "templates/function.yaml");

        assertThat(outcome.out()).contains("parameters={Stage=prod, Subnets=subnet-1,subnet-2}");
    }

    @Test
    void aParameterWithoutValueIsAWarningAndTheOthersStillApply() {
        CommandRun.Outcome outcome = command.run("-p", "NoEquals", "-p", "=x", "-p", "Stage=prod",
                "templates/function.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.err()).startsWith(
                "lambda-lint: warning: -p NoEquals has no value; write -p NoEquals=VALUE (ignored)\n"
                        + "lambda-lint: warning: -p =x has no parameter name before '='; write -p NAME=VALUE (ignored)\n");
        assertThat(outcome.out()).contains("parameters={Stage=prod}").doesNotContain("option option");
    }

    @Test
    void aParameterNoTemplateDeclaresIsAWarning() throws Exception {
        Files.writeString(directory.resolve("templates/stage.yaml"), "Parameters:\n  Stage:\n    Type: String\n"
                + "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");

        CommandRun.Outcome outcome = command.run("-p", "Stage=prod", "-p", "Stgae=prod", "templates/stage.yaml");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.err()).isEqualTo("lambda-lint: warning: parameter Stgae was given a value, but no linted "
                + "template declares it (they declare Stage)\n");
    }

    @Test
    void aRegionThatDoesNotExistIsAUsageError() {
        CommandRun.Outcome outcome = command.run("-r", "eu-west-9", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("lambda-lint: --region 'eu-west-9' is not an AWS Region; the Regions are ")
                .contains("eu-west-1, eu-west-2", "us-gov-west-1");
        assertThat(command.run("-r", "il-central-1", "templates/function.yaml").exitCode()).isZero();
    }

    @Test
    void anAwsRegionVariableThatDoesNotExistIsAUsageErrorToo() {
        command.withVariable("AWS_REGION", "eu-west-9");

        CommandRun.Outcome outcome = command.run("templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("lambda-lint: AWS_REGION gives the region 'eu-west-9', which is not an "
                + "AWS Region; the Regions are ").endsWith("lambda-lint: the deploy region has mistakes; nothing was "
                + "linted\n");
        assertThat(command.run("-r", "eu-west-1", "templates/function.yaml").exitCode())
                .as("not used, not checked").isZero();
    }

    @Test
    void explainTakesTheRuleNameToo() {
        CommandRun.Outcome byName = command.run("--explain", "flagseveryfunction");

        assertThat(byName.exitCode()).isZero();
        assertThat(byName.out()).isEqualTo(command.run("--explain", "LL901").out());
    }

    @Test
    void listRulesIsATable() {
        CommandRun.Outcome outcome = command.run("--list-rules");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out().lines()).containsExactly(
                "ID     LEVEL    NAME                            SUMMARY",
                "LL000  error    TemplateNotReadable             The template cannot be read: YAML/JSON syntax, an"
                        + " unknown tag, the encoding, a broken structure or a size limit.",
                "LL001  note     UnjustifiedOrUnusedSuppression  A suppression has no reason, or matches no finding.",
                "LL002  warning  DuplicateKey                    A key is written twice in the same mapping;"
                        + " CloudFormation silently keeps the last value.",
                "LL003  note     PreprocessorDirective           The template uses rain directives (!Rain::Embed,"
                        + " !Rain::Module, ...), which rain pkg replaces.",
                "LL901  warning  FlagsEveryFunction              Flags every function.",
                "LL903  note     EchoesDeployment                Echoes the deployment.");
    }

    @Test
    void explainPrintsTheRule() {
        CommandRun.Outcome outcome = command.run("--explain", "ll901");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).startsWith("# LL901 FlagsEveryFunction\n\nDefault level: warning\n")
                .contains("A test rule that reports every Lambda function.")
                .endsWith("More: https://github.com/lambdalint/lambda-lint/blob/main/docs/rules/LL901.md\n");
    }

    @Test
    void explainUnknownRuleIsAUsageError() {
        CommandRun.Outcome outcome = command.run("--explain", "LL999");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEqualTo("lambda-lint: unknown rule 'LL999'; --list-rules shows the rules\n");
    }

    @Test
    void version() {
        CommandRun.Outcome outcome = command.run("--version");

        assertThat(outcome.exitCode()).isZero();
        // The version reports carry: the core jar's (in the runnable jar, the one manifest).
        assertThat(outcome.out()).isEqualTo("lambda-lint " + ToolInfo.current().version() + "\n");
    }

    @Test
    void helpDescribesTheOptionsAndExitStatus() {
        CommandRun.Outcome outcome = command.run("--help");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Usage: lambda-lint", "--format=FORMAT", "--fail-on=LEVEL", "--explain=RULE",
                "AWS_DEFAULT_REGION", "3   internal error", "--config=FILE");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        CommandRun.Outcome outcome = command.run("--bogus", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("lambda-lint: Unknown option: '--bogus'\n")
                .endsWith("Try 'lambda-lint --help' for more information.\n")
                .doesNotContain("\tat ");
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThat(command.run("-f", "xml", "templates/function.yaml").err())
                .contains("expected one of text, json, sarif, github, junit but was 'xml'");
        assertThat(command.run("--fail-on", "fatal", "templates/function.yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void noPathIsAUsageError() {
        CommandRun.Outcome outcome = command.run();

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("lambda-lint: no PATH given");
    }

    @Test
    void configurationFileGivesRegionParametersAndFailOn() throws Exception {
        Files.writeString(directory.resolve(".lambda-lint.yml"),
                "region: eu-west-1\nfailOn: warning\nparameters:\n  Stage: test\n");
        CommandRun.Outcome outcome = command.run("templates/function.yaml");

        assertThat(outcome.out()).contains("region=eu-west-1 ").contains("Stage=test");
        assertThat(outcome.exitCode()).as("LL901 warnings fail under failOn: warning").isEqualTo(1);
    }

    @Test
    void optionsBeatTheConfigurationFile() throws Exception {
        Files.writeString(directory.resolve("lint.yml"), "region: eu-west-1\nfailOn: warning\n"
                + "parameters:\n  Stage: test\n  Other: kept\n");
        CommandRun.Outcome outcome = command.run("-c", "lint.yml", "-r", "us-east-1", "-p", "Stage=prod",
                "--fail-on", "error", "templates/function.yaml");

        assertThat(outcome.out()).contains("region=us-east-1 ").contains("Stage=prod").contains("Other=kept");
        assertThat(outcome.exitCode()).isZero();
    }

    @Test
    void samconfigBesideTheTemplateBeatsTheEnvironment() throws Exception {
        Files.writeString(directory.resolve("templates/samconfig.toml"),
                "version = 0.1\n[default.deploy.parameters]\nstack_name = \"app\"\nregion = \"eu-central-1\"\n");
        command.withVariable("AWS_REGION", "us-west-2");

        assertThat(command.run("templates/function.yaml").out()).contains("region=eu-central-1 ");
        assertThat(command.run("-r", "ap-south-1", "templates/function.yaml").out()).contains("region=ap-south-1 ");
    }

    @Test
    void stackNameAndParametersComeFromTheSamconfigEnvironmentUnlessGiven() throws Exception {
        Files.writeString(directory.resolve("templates/samconfig.toml"), """
                [default.deploy.parameters]
                stack_name = "app-dev"
                [prod.deploy.parameters]
                stack_name = "app-prod"
                parameter_overrides = "Stage=prod"
                """);

        assertThat(command.run("templates/function.yaml").out()).contains(" stack=app-dev");
        assertThat(command.run("--config-env", "prod", "templates/function.yaml").out())
                .contains("parameters={Stage=prod} stack=app-prod");
        assertThat(command.run("--config-env", "prod", "--stack-name", "app-given", "templates/function.yaml").out())
                .contains(" stack=app-given");
    }

    @Test
    void stackNameNamesOneTemplate() {
        CommandRun.Outcome outcome = command.run("--stack-name", "app", "templates");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("lambda-lint: --stack-name names the stack of one template, but a "
                + "directory is given; name the stacks of several templates in the configuration's stacks: list\n");
    }

    @Test
    void parametersFileGivesValuesTheOptionOverrides() throws Exception {
        Files.writeString(directory.resolve("params.json"),
                "[{\"ParameterKey\": \"Stage\", \"ParameterValue\": \"qa\"},"
                        + " {\"ParameterKey\": \"Size\", \"ParameterValue\": \"2\"}]");

        assertThat(command.run("--parameters-file", "params.json", "-p", "Stage=prod", "templates/function.yaml")
                .out()).contains("parameters={Size=2, Stage=prod}");
        CommandRun.Outcome missing = command.run("--parameters-file", "nope.json", "templates/function.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the parameters file nope.json: no such file or directory");
    }

    @Test
    void mistakesInTheConfigurationStopTheRunWithTheirLines() throws Exception {
        Files.writeString(directory.resolve(".lambda-lint.yml"), "region: eu-west-1\nrules:\n  LL901: loud\n");
        CommandRun.Outcome outcome = command.run("templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEqualTo(
                "lambda-lint: .lambda-lint.yml:3:10: 'loud' in rules.LL901 must be one of: off, note, warning, error\n"
                        + "lambda-lint: the configuration has mistakes; nothing was linted\n");
    }

    @Test
    void missingConfigurationFileIsAUsageError() {
        CommandRun.Outcome outcome = command.run("-c", "lint.yml", "templates/function.yaml");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("lambda-lint: cannot read the configuration lint.yml: no such file");
    }

    @Test
    void ruleLevelsFromTheConfigurationApply() throws Exception {
        Files.writeString(directory.resolve(".lambda-lint.yml"), "rules:\n  LL901: off\n  LL903: error\n");
        CommandRun.Outcome outcome = command.run("templates/function.yaml");

        assertThat(outcome.out()).doesNotContain("LL901").contains("error LL903");
        assertThat(outcome.exitCode()).isEqualTo(1);
    }

    @Test
    void installedRulesAreFound() {
        Environment environment = Environment.ofProcess();

        assertThat(environment.engines().get().rules()).first()
                .satisfies(rule -> assertThat(rule.id()).isEqualTo("LL000"));
    }
}
