package io.github.lambdalint.rules.vpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;

/**
 * Subnets outside the template, described in the network context, are judged like subnets of the
 * template: a described subnet with egress none gives the same LL101 as its in-template twin.
 */
class DescribedSubnetEgressTest {

    private static final LintEngine ENGINE = new LintEngine(List.of(new VpcFunctionWithoutEgress(),
            new VpcFunctionInPublicSubnet()));

    /** A function that sends to SQS, placed in the subnets given by {@code subnets}. */
    private static String template(String subnets, String network) {
        return """
                AWSTemplateFormatVersion: "2010-09-09"
                Transform: AWS::Serverless-2016-10-31
                Resources:
                %s
                  Jobs:
                    Type: AWS::SQS::Queue
                  Producer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      InlineCode: "def handler(event, context): return None"
                      Policies:
                        - SQSSendMessagePolicy:
                            QueueName: !GetAtt Jobs.QueueName
                      VpcConfig:
                        SecurityGroupIds: [sg-0123456789abcdef0]
                        SubnetIds: %s
                """.formatted(network, subnets);
    }

    private static final String TWIN_NETWORK = String.join("\n",
            "  Vpc:",
            "    Type: AWS::EC2::VPC",
            "    Properties: { CidrBlock: 10.0.0.0/16 }",
            "  SubnetA:",
            "    Type: AWS::EC2::Subnet",
            "    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }",
            "  SubnetB:",
            "    Type: AWS::EC2::Subnet",
            "    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24 }");

    /** A {@code .lambda-lint.yml} describing subnet-0a1 and subnet-0b2 in vpc-1, and the endpoints of vpc-1. */
    private static String described(String egress, List<String> endpoints) {
        return """
                network:
                  subnets:
                    subnet-0a1: { vpc: vpc-1, az: eu-west-1a, egress: %s }
                    subnet-0b2: { vpc: vpc-1, az: eu-west-1b, egress: %s }
                """.formatted(egress, egress)
                + (endpoints.isEmpty() ? "" : "  vpcEndpoints:\n    vpc-1: [" + String.join(", ", endpoints) + "]\n");
    }

    private static final String UNDESCRIBED = "";

    /** Lints one template in a directory of its own, with {@code config} as its {@code .lambda-lint.yml} if any. */
    private static List<Finding> lint(Path dir, String name, String yaml, String config) throws Exception {
        Path base = Files.createDirectories(dir.resolve(name + ".d"));
        Path file = base.resolve(name);
        Files.writeString(file, yaml);
        if (!config.isEmpty()) {
            Files.writeString(base.resolve(LintRequest.DEFAULT_CONFIG_FILE), config);
        }
        return ENGINE.lint(LintRequest.builder(base).paths(List.of(file)).configFile(Optional.empty()).build())
                .findings();
    }

    @Test
    void describedSubnetWithoutEgressGivesTheSameFindingAsItsInTemplateTwin(@TempDir Path dir) throws Exception {
        List<Finding> outside = lint(dir, "outside.yaml", template("[subnet-0a1, subnet-0b2]", ""),
                described("none", List.of()));
        List<Finding> twin = lint(dir, "twin.yaml", template("[!Ref SubnetA, !Ref SubnetB]", TWIN_NETWORK),
                UNDESCRIBED);

        assertThat(outside).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("LL101");
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.message()).contains("calls the sqs API but subnets subnet-0a1 and subnet-0b2 have neither a route to a working NAT");
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e.location().file()).isEqualTo(".lambda-lint.yml"));
        });
        assertThat(twin).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(outside.get(0).ruleId());
            assertThat(f.level()).isEqualTo(outside.get(0).level());
            // both point at SubnetIds, which the twin's network pushes down by its own lines
            assertThat(f.location().position().line() - TWIN_NETWORK.lines().count())
                    .isEqualTo(outside.get(0).location().position().line() - 1);
            assertThat(f.message()).contains("calls the sqs API but subnets SubnetA and SubnetB have neither a route to a working NAT");
        });
    }

    @Test
    void describedNatOrEndpointGivesTheCallAPath(@TempDir Path dir) throws Exception {
        String yaml = template("[subnet-0a1, subnet-0b2]", "");
        assertThat(lint(dir, "nat.yaml", yaml, described("nat", List.of()))).isEmpty();
        assertThat(lint(dir, "endpoint.yaml", yaml, described("none", List.of("sqs")))).isEmpty();
    }

    @Test
    void describedPublicSubnetsGiveBothFindings(@TempDir Path dir) throws Exception {
        List<Finding> findings = lint(dir, "igw.yaml", template("[subnet-0a1, subnet-0b2]", ""),
                described("igw", List.of()));
        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrder("LL101", "LL102");
    }

    @Test
    void undescribedSubnetIdsGiveANoteNamingWhatToDescribe(@TempDir Path dir) throws Exception {
        List<Finding> findings = lint(dir, "unknown.yaml", template("[subnet-0a1, subnet-0b2]", ""),
                UNDESCRIBED);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.NOTE);
            assertThat(f.message()).contains("describe subnet-0a1 and subnet-0b2 under network.subnets");
        });
    }
}
