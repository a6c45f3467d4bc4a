package io.github.lambdalint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.network.NetworkContext;

class ConfigLoaderTest {

    @TempDir
    Path directory;

    private final ConfigLoader loader = new ConfigLoader(Set.of("LL000", "LL101", "LL104", "LL301"));

    private LintConfig load(String yaml) throws Exception {
        Path file = directory.resolve(".lambda-lint.yml");
        Files.writeString(file, yaml);
        return loader.load(file, ".lambda-lint.yml");
    }

    private ConfigProblems invalid(String yaml) {
        try {
            load(yaml);
        } catch (ConfigProblems e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the configuration was accepted:\n" + yaml);
    }

    @Test
    void readsEverySection() throws Exception {
        LintConfig config = load("""
                region: eu-west-1
                failOn: warning
                accountConcurrency: 1000
                rules:
                  LL104: off
                  LL301: error
                parameters:
                  PrivateSubnets: subnet-0a1,subnet-0b2
                  Subnets: [subnet-1, subnet-2]
                  Memory: 512
                network:
                  subnets:
                    subnet-0a1: { vpc: vpc-1, az: eu-west-1a, egress: nat }
                  vpcEndpoints:
                    vpc-1: [s3, com.amazonaws.eu-west-1.dynamodb]
                suppress:
                  - rule: LL301
                    resource: AuditFn
                    reason: retries are handled by the caller
                """);
        assertThat(config.region()).contains("eu-west-1");
        assertThat(config.failOn()).contains("warning");
        assertThat(config.accountConcurrency()).hasValue(1000);
        assertThat(config.ruleLevels().isOff("LL104")).isTrue();
        assertThat(config.ruleLevels().overrides().get("LL301")).contains(Level.ERROR);
        assertThat(config.parameters()).containsEntry("Subnets", "subnet-1,subnet-2").containsEntry("Memory", "512");
        NetworkContext.DescribedSubnet subnet = config.network().subnets().get("subnet-0a1");
        assertThat(subnet.egress()).contains(NetworkContext.Egress.NAT);
        assertThat(subnet.position().line()).isEqualTo(13);
        assertThat(config.network().vpcEndpoints().get("vpc-1"))
                .extracting(NetworkContext.DescribedEndpoint::service).containsExactly("s3", "dynamodb");
        assertThat(config.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.resource()).contains("AuditFn");
            assertThat(s.fileGlob()).isEmpty();
        });
    }

    @Test
    void emptyFileIsAnEmptyConfiguration() throws Exception {
        LintConfig config = load("# nothing yet\n");
        assertThat(config.region()).isEmpty();
        assertThat(config.suppressions()).isEmpty();
    }

    @Test
    void readsStacksInTheirOrder() throws Exception {
        LintConfig config = load("""
                stacks:
                  - { template: network/*.yaml, name: shop-network, region: eu-west-1 }
                  - template: app/template.yaml
                    name: shop-app
                    parameters:
                      Subnets: [subnet-1, subnet-2]
                """);
        assertThat(config.stacks()).extracting(ConfigStack::templateGlob)
                .containsExactly("network/*.yaml", "app/template.yaml");
        assertThat(config.stacks().get(0).region()).contains("eu-west-1");
        assertThat(config.stacks().get(1).name()).contains("shop-app");
        assertThat(config.stacks().get(1).parameters()).containsExactly(Map.entry("Subnets", "subnet-1,subnet-2"));
        assertThat(config.stacks().get(1).position().line()).isEqualTo(3);
    }

    @Test
    void stackMistakesHaveTheirPlaces() {
        assertThat(invalid("stacks:\n  - name: shop-app\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.position().line()).isEqualTo(2));
        assertThat(invalid("stacks:\n  - { template: a.yaml, name: 'has space' }\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.position().line()).isEqualTo(2));
        assertThat(invalid("stacks:\n  - template: a.yaml\n    region: eu-wset-1\n").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.position().line()).isEqualTo(3);
                    assertThat(p.message()).startsWith("unknown region eu-wset-1");
                });
    }

    @Test
    void unknownKeyNamesTheKeyItsLineAndWhatIsAllowed() {
        ConfigProblems e = invalid("region: eu-west-1\nregoin: eu-west-2\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("unknown key 'regoin'; allowed: region, failOn, accountConcurrency,"
                    + " rules, parameters, stacks, awsSnapshot, network, suppress");
        });
    }

    @Test
    void nestedUnknownKeySaysWhereItIs() {
        ConfigProblems e = invalid("network:\n  subnets:\n    subnet-1: { vpc: vpc-1, zone: a }\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("unknown key 'zone' in network.subnets.subnet-1; allowed: vpc, az, egress");
        });
    }

    @Test
    void badLevelListsTheLevels() {
        ConfigProblems e = invalid("rules:\n  LL104: loud\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("'loud' in rules.LL104 must be one of: off, note, warning, error");
        });
    }

    @Test
    void unknownRuleIdIsReported() {
        ConfigProblems e = invalid("rules:\n  LL999: off\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).startsWith("unknown rule LL999; the rules are LL000, LL101, LL104, LL301");
        });
    }

    @Test
    void malformedRuleIdIsReported() {
        ConfigProblems e = invalid("rules:\n  vpc-egress: off\n");
        assertThat(e.problems()).extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m).contains("'vpc-egress'").contains("not a rule id"));
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        ConfigProblems e = invalid("accountConcurrency: lots\nsuppress: LL104\n");
        assertThat(e.problems()).extracting(ConfigProblem::message).containsExactly(
                "accountConcurrency must be a whole number, not a string",
                "suppress must be a list, not a string");
    }

    @Test
    void suppressionWithoutReasonIsRejected() {
        ConfigProblems e = invalid("suppress:\n  - rule: LL104\n    resource: Fn\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("missing 'reason' in suppress[1]");
        });
    }

    @Test
    void yamlSyntaxErrorsHaveTheirLine() {
        ConfigProblems e = invalid("region: eu-west-1\nrules: [\n");
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.position().line()).isGreaterThan(1));
    }

    @Test
    void badRegionAndFailOnAreRejected() {
        ConfigProblems e = invalid("region: Ireland\nfailOn: sometimes\n");
        assertThat(e.problems()).extracting(ConfigProblem::message).containsExactly(
                "'Ireland' in region is not valid here (a region looks like eu-west-1)",
                "'sometimes' in failOn must be one of: error, warning, note, never");
    }

    @Test
    void aRegionOfTheRightShapeThatDoesNotExistIsRejected() {
        ConfigProblems e = invalid("region: eu-wset-1\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(1);
            assertThat(p.message()).startsWith("unknown region eu-wset-1; the Regions are ").contains("eu-west-1");
        });
    }

    @Test
    void everyMistakeOfTheFileIsReportedInOneRun() {
        ConfigProblems e = invalid("""
                failOnn: warning
                rules:
                  LL999: off
                  LL104: maybe
                accountConcurrency: 99999999999
                suppress:
                  - rule: LL998
                    file: "templates/*.yaml"
                    reason: kept on purpose
                  - rule: LL301
                """);
        assertThat(e.problems()).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
                "1: unknown key 'failOnn'; allowed: region, failOn, accountConcurrency, rules, parameters, stacks,"
                        + " awsSnapshot, network, suppress",
                "3: unknown rule LL999; the rules are LL000, LL101, LL104, LL301",
                "4: 'maybe' in rules.LL104 must be one of: off, note, warning, error",
                "5: accountConcurrency must be at most 2147483647",
                "7: unknown rule LL998; the rules are LL000, LL101, LL104, LL301",
                "10: missing 'reason' in suppress[2]");
    }

    @Test
    void theSchemaInDocsIsTheOneInTheJar() throws IOException {
        String shipped = new String(ConfigSchema.class.getResourceAsStream(ConfigSchema.RESOURCE).readAllBytes());
        assertThat(shipped).isEqualTo(Files.readString(Path.of("..", "docs", "config", "lambda-lint.schema.json")));
    }
}
