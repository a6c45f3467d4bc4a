package io.github.lambdalint.rules.vpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.RelatedLocation;

/**
 * Subnets from stacks only the AWS snapshot shows: imported (the evidence names the export in the
 * snapshot), or given by the parameter values the linted stack is deployed with.
 */
class SnapshotImportsTest {

    private static final LintEngine ENGINE = new LintEngine(List.of(new VpcFunctionWithoutEgress()));
    private static final Path TESTDATA = Path.of("..", "testdata");

    @Test
    void theExportsThatGiveTheSubnetsAreEvidenceInTheSnapshotFiles() throws Exception {
        Path template = TESTDATA.resolve("rules/LL101/sam-imported-isolated-subnets-sqs-send-from-snapshot.yaml");
        List<Finding> findings = ENGINE.lint(LintRequest.builder(TESTDATA).paths(List.of(template))
                .configFile(Optional.empty()).region(Optional.of("eu-west-1"))
                .awsSnapshot(Optional.of(TESTDATA.resolve("snapshots/landing-zone-eu-west-1"))).build()).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).filteredOn(e -> e.description().startsWith("export "))
                    .extracting(e -> e.location().file() + ":" + e.location().position() + " " + e.description())
                    .containsExactly(
                            "snapshots/landing-zone-eu-west-1/exports.json:3:9"
                                    + " export landing-zone-IsolatedSubnetA is subnet-0e5b7d9c2f4a6e805",
                            "snapshots/landing-zone-eu-west-1/stack-landing-zone-network.json:28:17"
                                    + " export landing-zone-IsolatedSubnetB is subnet-0f6a8c1d3e5b7f906");
            assertThat(f.evidence()).extracting(RelatedLocation::description)
                    .anyMatch(d -> d.contains("has no 0.0.0.0/0 route"));
        });
    }

    @Test
    void theDeployedStacksParametersFillWhatNoOtherSourceGives() throws Exception {
        Path template = TESTDATA.resolve("rules/LL101/sam-subnets-from-deployed-stack-parameters.yaml");
        LintRequest.Builder request = LintRequest.builder(TESTDATA).paths(List.of(template))
                .configFile(Optional.empty()).region(Optional.of("eu-west-1"))
                .awsSnapshot(Optional.of(TESTDATA.resolve("snapshots/landing-zone-eu-west-1")));

        assertThat(ENGINE.lint(request.stackName(Optional.of("orders-app")).build()).findings()).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.ERROR);
                    assertThat(f.message()).contains("subnet-0e5b7d9c2f4a6e805", "subnet-0f6a8c1d3e5b7f906");
                });
        // a value given to lambda-lint wins over the deployed one
        assertThat(ENGINE.lint(request.stackName(Optional.of("orders-app"))
                .parameters(Map.of("IsolatedSubnets", "subnet-0c3d5f7a9b2e4c603")).build()).findings()).isEmpty();
        assertThat(ENGINE.lint(request.stackName(Optional.of("another-app")).parameters(Map.of()).build())
                .findings()).singleElement().satisfies(f -> assertThat(f.level()).isEqualTo(Level.NOTE));
    }
}
