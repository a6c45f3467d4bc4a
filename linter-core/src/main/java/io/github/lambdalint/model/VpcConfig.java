package io.github.lambdalint.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * A function's {@code VpcConfig} (with SAM {@code Globals} merged). {@code condition} is set
 * when the whole block is deployed only under a condition that cannot be decided statically.
 */
public record VpcConfig(Optional<Value> subnetIds, Optional<Value> securityGroupIds, Optional<String> condition,
                        Position position, Map<String, Position> keyPositions) {

    public VpcConfig {
        keyPositions = Map.copyOf(keyPositions);
    }

    /** Where a key of the block ({@code SubnetIds}) is written; the block's position otherwise. */
    public Position positionOf(String key) {
        return keyPositions.getOrDefault(key, position);
    }

    /** The subnet entries, when the list itself is written out (its items may still be unknown). */
    public Optional<List<Value>> subnets() {
        return subnetIds.flatMap(Value::asList);
    }

    public Optional<List<Value>> securityGroups() {
        return securityGroupIds.flatMap(Value::asList);
    }
}
