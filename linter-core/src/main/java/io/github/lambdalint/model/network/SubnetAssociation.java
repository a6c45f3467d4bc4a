package io.github.lambdalint.model.network;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/** An {@code AWS::EC2::SubnetRouteTableAssociation}. */
public record SubnetAssociation(String logicalId, Value subnet, Value routeTable, boolean conditional,
                                Position position) {
}
