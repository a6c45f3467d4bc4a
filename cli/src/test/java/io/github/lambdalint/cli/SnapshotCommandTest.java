package io.github.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {

    @TempDir
    Path directory;

    @Test
    void printsTheReadOnlyCommandsNarrowedToTheVpcsAndStacks() {
        CommandRun.Outcome outcome = new CommandRun(directory).run("snapshot", "--region", "eu-west-1",
                "--vpc", "vpc-0c2f5e8a1b3d4f607", "--vpc", "vpc-0123456789abcdef0", "--stack", "network",
                "--stack", "data");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.err()).isEmpty();
        String v = "vpc-0c2f5e8a1b3d4f607,vpc-0123456789abcdef0";
        assertThat(outcome.out()).contains(
                "mkdir -p aws-snapshot\n",
                "aws ec2 describe-subnets --region eu-west-1 --filters Name=vpc-id,Values=" + v
                        + " --output json > aws-snapshot/subnets.json\n",
                "aws ec2 describe-route-tables --region eu-west-1 --filters Name=vpc-id,Values=" + v
                        + " --output json > aws-snapshot/route-tables.json\n",
                "aws ec2 describe-nat-gateways --region eu-west-1 --filter Name=vpc-id,Values=" + v
                        + " --output json > aws-snapshot/nat-gateways.json\n",
                "aws ec2 describe-internet-gateways --region eu-west-1 --filters Name=attachment.vpc-id,Values=" + v
                        + " --output json > aws-snapshot/internet-gateways.json\n",
                "aws ec2 describe-vpcs --region eu-west-1 --vpc-ids vpc-0c2f5e8a1b3d4f607 vpc-0123456789abcdef0"
                        + " --output json > aws-snapshot/vpcs.json\n",
                "aws cloudformation describe-stacks --region eu-west-1 --stack-name network --output json"
                        + " > aws-snapshot/stack-network.json\n",
                "aws cloudformation describe-stacks --region eu-west-1 --stack-name data --output json"
                        + " > aws-snapshot/stack-data.json\n",
                "aws lambda get-account-settings --region eu-west-1 --output json > aws-snapshot/account-settings.json\n");
        assertThat(outcome.out().lines().filter(l -> l.startsWith("aws ")))
                .allMatch(l -> l.contains(" describe-") || l.contains(" list-") || l.contains(" get-"))
                .hasSize(19);
    }

    @Test
    void withoutVpcsTheCommandsDescribeTheWholeRegion() {
        CommandRun.Outcome outcome = new CommandRun(directory).run("snapshot", "-r", "us-east-1", "--dir", "snap");

        assertThat(outcome.out()).contains("aws ec2 describe-subnets --region us-east-1 --output json"
                + " > snap/subnets.json\n").doesNotContain("--filter").doesNotContain("describe-stacks");
    }

    @Test
    void aValueThatIsNotAnIdIsAUsageError() {
        CommandRun.Outcome outcome = new CommandRun(directory).run("snapshot", "--region", "eu-west-1",
                "--vpc", "vpc-1; rm -rf /");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("lambda-lint: --vpc 'vpc-1; rm -rf /' is not a VPC id");
    }

    @Test
    void theRegionIsRequired() {
        CommandRun.Outcome outcome = new CommandRun(directory).run("snapshot");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("--region");
    }
}
