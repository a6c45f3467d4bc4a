package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.network.NatGateway;
import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.Route;
import io.github.lambdalint.model.network.RouteTable;
import io.github.lambdalint.model.network.RouteTarget;
import io.github.lambdalint.model.network.Subnet;
import io.github.lambdalint.model.network.SubnetAssociation;
import io.github.lambdalint.model.network.VpcEndpoint;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.snapshot.AwsSnapshot;
import io.github.lambdalint.snapshot.SnapshotPlace;

/**
 * Turns the AWS snapshot's subnets, route tables, NAT gateways and VPC endpoints into the model
 * values a template gives, so one analysis answers for both. Every value is keyed by its AWS id
 * (what a template writes as text), refers to the others by id, and keeps the snapshot file and
 * line it stands on. A subnet without an explicit association gets one to the main route table of
 * its VPC, placed at that table's {@code "Main": true} association, as EC2 routes it.
 */
final class SnapshotNetworkReader {

    private SnapshotNetworkReader() {
    }

    static Network read(AwsSnapshot snapshot) {
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        List<SubnetAssociation> associations = new ArrayList<>();
        for (AwsSnapshot.Subnet subnet : snapshot.subnets().values()) {
            SnapshotPlace place = subnet.place();
            subnets.put(subnet.id(), new Subnet(subnet.id(), text(subnet.vpcId(), place),
                    Optional.of(text(subnet.availabilityZone(), place)), place.position(), Optional.of(place.file())));
            snapshot.routeTableOf(subnet).ifPresent(uses -> {
                SnapshotPlace at = uses.association().place();
                associations.add(new SubnetAssociation(uses.table().id(), id(subnet.id(), at),
                        id(uses.table().id(), at), false, at.position(), uses.association().main(), Optional.of(at.file())));
            });
        }
        Map<String, RouteTable> tables = new LinkedHashMap<>();
        for (AwsSnapshot.RouteTable table : snapshot.routeTables().values()) {
            tables.put(table.id(), new RouteTable(table.id(), text(table.vpcId(), table.place()),
                    table.routes().stream().map(SnapshotNetworkReader::route).toList(), table.place().position(),
                    Optional.of(table.place().file())));
        }
        Map<String, NatGateway> nats = new LinkedHashMap<>();
        for (AwsSnapshot.NatGateway nat : snapshot.natGateways().values()) {
            nats.put(nat.id(), new NatGateway(nat.id(), id(nat.subnetId(), nat.place()), nat.isPrivate(),
                    nat.place().position(), nat.state(), Optional.of(nat.place().file())));
        }
        List<VpcEndpoint> endpoints = snapshot.vpcEndpoints().stream().map(SnapshotNetworkReader::endpoint)
                .flatMap(Optional::stream).toList();
        return new Network(Map.of(), subnets, tables, associations, nats, endpoints, NetworkContext.EMPTY, Map.of());
    }

    /** The route's target is the first field of {@link RouteTarget#fields()} it names. */
    private static Route route(AwsSnapshot.Route route) {
        SnapshotPlace place = route.place();
        String destination = route.destinationCidrBlock().or(route::destinationIpv6CidrBlock)
                .or(route::destinationPrefixListId).orElse("");
        Optional<String> field = RouteTarget.fields().stream().filter(route.targets()::containsKey).findFirst();
        String targetId = field.map(route.targets()::get)
                .orElseGet(() -> route.targets().values().stream().sorted().findFirst().orElse(""));
        RouteTarget target = field.map(f -> RouteTarget.of(f, Optional.of(targetId))).orElse(RouteTarget.UNKNOWN);
        return new Route(Optional.empty(), text(destination, place), target, text(targetId, place), place.position(),
                route.state(), Optional.of(place.file()));
    }

    /** An endpoint of a type that serves AWS services by route or interface; others (Resource, ServiceNetwork) none. */
    private static Optional<VpcEndpoint> endpoint(AwsSnapshot.VpcEndpoint endpoint) {
        SnapshotPlace place = endpoint.place();
        VpcEndpoint.Kind kind;
        switch (endpoint.type()) {
            case "Interface" -> kind = VpcEndpoint.Kind.INTERFACE;
            case "Gateway" -> kind = VpcEndpoint.Kind.GATEWAY;
            case "GatewayLoadBalancer" -> kind = VpcEndpoint.Kind.GATEWAY_LOAD_BALANCER;
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new VpcEndpoint(endpoint.id(), text(endpoint.serviceName(), place), kind,
                text(endpoint.vpcId(), place),
                endpoint.routeTableIds().stream().<Value>map(t -> id(t, place)).toList(), place.position(),
                Optional.of(text(Boolean.toString(endpoint.privateDnsEnabled()), place)), Optional.of(place.file())));
    }

    private static Value.Text text(String text, SnapshotPlace place) {
        return new Value.Text(text, ScalarNode.string(text, place.position()));
    }

    /** A reference to another resource of the snapshot's network, by its id. */
    private static Value.ResourceRef id(String id, SnapshotPlace place) {
        return new Value.ResourceRef(id, Optional.empty(),
                ScalarNode.string(id, place.position()));
    }
}
