package io.github.lambdalint.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** AWS::Partition follows the region through the one table of Regions. */
class DeploymentPartitionTest {

    private static Optional<String> partitionOf(String region) {
        return new Deployment(Optional.of(region), Map.of()).partition();
    }

    @Test
    void thePartitionComesFromTheTableOfRegions() {
        assertThat(partitionOf("eu-west-1")).contains("aws");
        assertThat(partitionOf("cn-north-1")).contains("aws-cn");
        assertThat(partitionOf("us-gov-west-1")).contains("aws-us-gov");
        assertThat(partitionOf("us-iso-east-1")).contains("aws-iso");
        assertThat(partitionOf("eusc-de-east-1")).contains("aws-eusc");
    }

    @Test
    void aRegionTheTableDoesNotKnowYetIsReadByItsPrefix() {
        assertThat(partitionOf("cn-south-9")).contains("aws-cn");
        assertThat(partitionOf("eu-future-9")).contains("aws");
    }

    @Test
    void noRegionNoPartition() {
        assertThat(Deployment.UNKNOWN.partition()).isEmpty();
    }
}
