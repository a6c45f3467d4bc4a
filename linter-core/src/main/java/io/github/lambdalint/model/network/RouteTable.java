package io.github.lambdalint.model.network;

import java.util.List;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/** An {@code AWS::EC2::RouteTable} with every route of the template that targets it. */
public record RouteTable(String logicalId, Value vpc, List<Route> routes, Position position) {

    public RouteTable {
        routes = List.copyOf(routes);
    }
}
