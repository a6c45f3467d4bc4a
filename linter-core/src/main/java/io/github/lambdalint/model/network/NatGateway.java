package io.github.lambdalint.model.network;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::NatGateway}. A private NAT gateway ({@code ConnectivityType: private})
 * never reaches the internet.
 */
public record NatGateway(String logicalId, Value subnet, boolean isPrivate, Position position) {
}
