package io.github.lambdalint.model.network;

import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::SubnetRouteTableAssociation}, or how a subnet of the AWS snapshot ({@code file})
 * gets its route table: explicitly, or as the VPC's main route table ({@code viaMainTable}, placed at
 * the table's {@code "Main": true} association).
 */
public record SubnetAssociation(String logicalId, Value subnet, Value routeTable, boolean conditional,
                                Position position, boolean viaMainTable, Optional<String> file) {

    public SubnetAssociation(String logicalId, Value subnet, Value routeTable, boolean conditional,
                             Position position) {
        this(logicalId, subnet, routeTable, conditional, position, false, Optional.empty());
    }

    /** A fact about the association, placed where it is declared. */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }
}
