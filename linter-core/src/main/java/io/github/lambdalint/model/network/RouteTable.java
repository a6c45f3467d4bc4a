package io.github.lambdalint.model.network;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::RouteTable} with every route of the template that targets it, or a route
 * table of the AWS snapshot with its routes ({@code file} is then the snapshot file).
 */
public record RouteTable(String logicalId, Value vpc, List<Route> routes, Position position, Optional<String> file) {

    public RouteTable {
        routes = List.copyOf(routes);
    }

    public RouteTable(String logicalId, Value vpc, List<Route> routes, Position position) {
        this(logicalId, vpc, routes, position, Optional.empty());
    }

    /** A fact about the table, placed where it is declared. */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }
}
