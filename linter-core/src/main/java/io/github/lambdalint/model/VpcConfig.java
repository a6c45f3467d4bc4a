package io.github.lambdalint.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/**
 * A function's {@code VpcConfig} as written (with SAM {@code Globals} merged; the deployed branch
 * when the whole block is chosen by a condition), or, for a function on Lambda Managed Instances,
 * the {@code VpcConfig} of its capacity provider (positions then point into the provider). Whether
 * it attaches the function to a VPC is {@link VpcAttachment}'s to say.
 *
 * @param ipv6AllowedForDualStack the function's {@code Ipv6AllowedForDualStack}, when written
 * @param capacityProvider the capacity provider the block belongs to, for a function that runs on one
 */
public record VpcConfig(Optional<Value> subnetIds, Optional<Value> securityGroupIds, Position position,
                        Map<String, Position> keyPositions, Optional<Value> ipv6AllowedForDualStack,
                        Optional<CapacityProvider> capacityProvider) {

    public VpcConfig {
        keyPositions = Map.copyOf(keyPositions);
    }

    /** A function's own block without {@code Ipv6AllowedForDualStack}. */
    public VpcConfig(Optional<Value> subnetIds, Optional<Value> securityGroupIds, Position position,
                     Map<String, Position> keyPositions) {
        this(subnetIds, securityGroupIds, position, keyPositions, Optional.empty(), Optional.empty());
    }

    /** Where a key of the block ({@code SubnetIds}) is written; the block's position otherwise. */
    public Position positionOf(String key) {
        return keyPositions.getOrDefault(key, position);
    }

    /**
     * Whether the function may send IPv6 traffic from dual-stack subnets ({@code Ipv6AllowedForDualStack};
     * Lambda's default is false): unknown when it comes from a parameter or a condition.
     */
    public TriState ipv6Allowed() {
        if (ipv6AllowedForDualStack.isEmpty()) {
            return TriState.NO;
        }
        return ipv6AllowedForDualStack.get().asBoolean().map(b -> b ? TriState.YES : TriState.NO)
                .orElse(TriState.UNKNOWN);
    }

    /** The subnet entries, when the list itself is written out (its items may still be unknown). */
    public Optional<List<Value>> subnets() {
        return subnetIds.flatMap(Value::asList);
    }

    public Optional<List<Value>> securityGroups() {
        return securityGroupIds.flatMap(Value::asList);
    }
}
