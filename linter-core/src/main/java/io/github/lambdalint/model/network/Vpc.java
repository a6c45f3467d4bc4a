package io.github.lambdalint.model.network;

import java.util.List;

import io.github.lambdalint.parse.Position;

/** An {@code AWS::EC2::VPC} and the internet gateways attached to it. */
public record Vpc(String logicalId, List<String> internetGateways, Position position) {

    public Vpc {
        internetGateways = List.copyOf(internetGateways);
    }
}
