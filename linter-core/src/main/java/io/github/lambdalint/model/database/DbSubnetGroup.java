package io.github.lambdalint.model.database;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/** An {@code AWS::RDS::DBSubnetGroup}: the subnets a database is placed in. */
public record DbSubnetGroup(String logicalId, Optional<Value> subnetIds, Position position) {
}
