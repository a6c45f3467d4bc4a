package io.github.lambdalint.model.network;

import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::Subnet} of the template, or a subnet of the AWS snapshot ({@code logicalId}
 * is then its id, and {@code file} the snapshot file that describes it).
 */
public record Subnet(String logicalId, Value vpc, Optional<Value> availabilityZone, Position position,
                     Optional<String> file) {

    public Subnet(String logicalId, Value vpc, Optional<Value> availabilityZone, Position position) {
        this(logicalId, vpc, availabilityZone, position, Optional.empty());
    }

    /** A fact about the subnet, placed where the subnet is declared. */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }
}
