package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.api.LintEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written CDK cloud assembly {@code testdata/cdk/cross-stack-subnet/cdk.out}: a network
 * stack and an app stack whose function takes its subnets from the network stack's CDK exports,
 * plus a code asset that carries a test template of its own.
 */
class CdkAssemblyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String ASSEMBLY = "testdata/cdk/cross-stack-subnet/cdk.out";
    private static final String APP = ASSEMBLY + "/AppStack.template.json";
    private static final String NETWORK = ASSEMBLY + "/NetworkStack.template.json";

    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Supplier<LintEngine> engines, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // No variables: AWS_REGION of the machine running the tests must not change the report.
        Environment environment = new Environment(Map.of(), ROOT, false, engines, InputStream.nullInputStream(),
                new PrintWriter(out, true), new PrintWriter(err, true));
        int exitCode = LambdaLintCommand.commandLine(environment).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(LintEngine::withInstalledRules, args);
    }

    @Test
    void theManifestGivesEachStackItsNameAndRegion() {
        Run run = run(() -> new LintEngine(List.of(TestRules.echoesDeployment())), ASSEMBLY + "/manifest.json");

        assertThat(run.out().lines().filter(line -> line.contains("LL903"))).containsExactly(
                APP + ":1:1: note LL903 region=eu-west-1 parameters={} stack=AppStack",
                NETWORK + ":1:1: note LL903 region=eu-west-1 parameters={} stack=NetworkStack");
    }

    @Test
    void aWalkLintsTheStacksOnceAndNeverTheAssets() {
        Run run = run("-v", ASSEMBLY);

        assertThat(run.err()).isEqualTo("lambda-lint: 2 templates linted, 0 files skipped\n");
        assertThat(run.out()).doesNotContain("asset.").doesNotContain("LocalWorker");
    }

    /** An integ test's assertion stack: Parameters and Rules, no Resources. */
    private static final String EMPTY_STACK =
            "testdata/cdk/empty-assertion-stack/cdk.out/ReportIntegDefaultTestDeployAssert5C1B7E2D.template.json";

    @Test
    void aStackWithNoResourcesHasNothingToLintAsTheCdkCliDoesNotDeployIt() {
        Run run = run("-v", "testdata/cdk/empty-assertion-stack");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 notes in 2 templates\n");
        assertThat(run.err()).isEqualTo("lambda-lint: 2 templates linted, 0 files skipped\n");
    }

    @Test
    void theSameEmptyTemplateNamedByItselfIsNoTemplate() {
        // Outside an assembly nothing says a CLI skips it, and CloudFormation refuses a template with no Resources.
        Run run = run(EMPTY_STACK);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(EMPTY_STACK + ":1:1: error LL000 not a CloudFormation or SAM template: the"
                + " document has no Resources, AWSTemplateFormatVersion or Transform\n");
    }

    @Test
    void findingsNameTheConstructPath() throws Exception {
        Run text = run(ASSEMBLY);
        assertThat(text.out().lines().filter(line -> !line.startsWith(" "))).containsExactly(
                APP + ":115:3: warning LL301 function WorkerFn8F3C1A27 is invoked asynchronously by subscription"
                        + " WorkerFnJobsTopic2D7A9C35 and permission WorkerFnAllowInvokeAppStackJobsTopic4B1E9A70 for"
                        + " sns.amazonaws.com but has neither a dead-letter queue nor an on-failure destination: an"
                        + " event that still fails after Lambda's retries is dropped without a trace. Add"
                        + " DeadLetterConfig, or an AWS::Lambda::EventInvokeConfig with DestinationConfig.OnFailure"
                        + " for the qualifier the triggers invoke. [AppStack/WorkerFn]",
                APP + ":148:6: error LL101 function WorkerFn8F3C1A27 calls the sqs API but subnets"
                        + " VpcIsolatedSubnet1SubnetE48C5737 of " + NETWORK + " and VpcIsolatedSubnet2Subnet16364B91 of "
                        + NETWORK + " have neither a route to a working NAT nor a VPC endpoint for it, so this call from"
                        + " the function times out; route 0.0.0.0/0 to a NAT gateway or add a VPC endpoint for sqs."
                        + " [AppStack/WorkerFn]",
                "1 error, 1 warning, 0 notes in 2 templates");

        JsonNode finding = JsonMapper.builder().build().readTree(run("-f", "json", ASSEMBLY).out())
                .get("findings").get(0);
        assertThat(finding.get("resource").asString()).isEqualTo("WorkerFn8F3C1A27");
        assertThat(finding.get("constructPath").asString()).isEqualTo("AppStack/WorkerFn");

        JsonNode location = JsonMapper.builder().build().readTree(run("-f", "sarif", ASSEMBLY).out())
                .get("runs").get(0).get("results").get(0).get("locations").get(0).get("logicalLocations").get(0);
        assertThat(location.get("name").asString()).isEqualTo("WorkerFn8F3C1A27");
        assertThat(location.get("fullyQualifiedName").asString()).isEqualTo("AppStack/WorkerFn");
        assertThat(location.get("kind").asString()).isEqualTo("resource");
    }

    @Test
    void aConfiguredSuppressionMayMatchAConstructPathGlob() throws Exception {
        Path config = Files.writeString(directory.resolve("lint.yml"), """
                suppress:
                  - rule: LL301
                    resource: AppStack/Worker*
                    reason: the jobs are replayed from the topic's archive
                  - rule: LL101
                    resource: "**/WorkerFn"
                    reason: the isolated subnets get their SQS endpoint from the landing zone
                """);
        Run run = run("-c", config.toString(), ASSEMBLY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 notes in 2 templates (2 suppressed)\n");
    }

    @Test
    void aBrokenAssemblyIsAFileErrorAndTheRestIsLinted() throws Exception {
        Path manifest = Files.writeString(directory.resolve("manifest.json"), """
                {"version": "36.0.0", "artifacts": {"Prod": {"type": "cdk:cloud-assembly",
                  "properties": {"directoryName": "assembly-Prod"}}}}
                """);
        Run run = run(manifest.toString(), APP);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lambda-lint: " + manifest + ": not a usable cloud assembly: cannot read"
                + " assembly-Prod/manifest.json: no such file\n");
        assertThat(run.out()).endsWith("0 errors, 1 warning, 0 notes in 1 template (1 file not readable)\n");
    }

    @Test
    void theImportedIsolatedSubnetsGiveLl101AcrossStacks() {
        Run run = run(ASSEMBLY);

        assertThat(run.out()).contains(" error LL101 ").contains("[AppStack/WorkerFn]")
                .contains("related: " + NETWORK + ":");
    }
}
