package io.github.lambdalint.model.network;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/** An {@code AWS::EC2::Subnet} of the template. */
public record Subnet(String logicalId, Value vpc, Optional<Value> availabilityZone, Position position) {
}
