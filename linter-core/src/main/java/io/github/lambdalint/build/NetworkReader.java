package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import io.github.lambdalint.model.network.Vpc;
import io.github.lambdalint.model.network.VpcEndpoint;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/** Reads VPCs, subnets, route tables, routes, NAT gateways and VPC endpoints. */
final class NetworkReader {

    private final LiveResources resources;

    NetworkReader(LiveResources resources) {
        this.resources = resources;
    }

    /** @param otherStacks the networks of the templates this one imports from, by path */
    Network read(NetworkContext context, Map<String, Network> otherStacks) {
        return new Network(vpcs(), subnets(), routeTables(), associations(), natGateways(), endpoints(), context,
                otherStacks);
    }

    private Map<String, Vpc> vpcs() {
        Map<String, List<String>> gateways = new HashMap<>();
        for (Resource attachment : resources.ofType("AWS::EC2::VPCGatewayAttachment")) {
            Optional<String> vpc = resources.property(attachment, "VpcId")
                    .flatMap(v -> resources.referencedResource(v, "AWS::EC2::VPC"));
            Optional<String> igw = resources.property(attachment, "InternetGatewayId")
                    .flatMap(v -> resources.referencedResource(v, "AWS::EC2::InternetGateway"));
            if (vpc.isPresent() && igw.isPresent()) {
                gateways.computeIfAbsent(vpc.get(), k -> new ArrayList<>()).add(igw.get());
            }
        }
        Map<String, Vpc> vpcs = new HashMap<>();
        for (Resource vpc : resources.ofType("AWS::EC2::VPC")) {
            vpcs.put(vpc.logicalId(), new Vpc(vpc.logicalId(), gateways.getOrDefault(vpc.logicalId(), List.of()),
                    vpc.position()));
        }
        return vpcs;
    }

    private Map<String, Subnet> subnets() {
        Map<String, Subnet> subnets = new HashMap<>();
        for (Resource subnet : resources.ofType("AWS::EC2::Subnet")) {
            Value vpc = resources.property(subnet, "VpcId")
                    .orElse(new Value.Unknown("the subnet names no VPC", subnet.declaration()));
            subnets.put(subnet.logicalId(), new Subnet(subnet.logicalId(), vpc,
                    resources.property(subnet, "AvailabilityZone"), subnet.position()));
        }
        return subnets;
    }

    private Map<String, RouteTable> routeTables() {
        Map<String, List<Route>> routesByTable = new HashMap<>();
        Map<String, Value> mainTables = new HashMap<>();
        for (Resource route : resources.ofType("AWS::EC2::Route")) {
            Optional<Value> tableId = resources.property(route, "RouteTableId");
            Optional<String> table = tableId.flatMap(v -> resources.referencedResource(v, "AWS::EC2::RouteTable"));
            Optional<Value.ResourceRef> main = tableId.flatMap(this::mainRouteTableOf);
            if (main.isPresent()) {
                // a route added to the VPC's main route table, kept under the key Vpc.MainRouteTableId
                table = Optional.of(main.get().logicalId() + "." + Network.MAIN_ROUTE_TABLE);
                mainTables.putIfAbsent(table.get(), new Value.ResourceRef(main.get().logicalId(), Optional.empty(),
                        main.get().source()));
            }
            if (table.isEmpty()) {
                continue;
            }
            routesByTable.computeIfAbsent(table.get(), k -> new ArrayList<>()).add(route(route));
        }
        Map<String, RouteTable> tables = new HashMap<>();
        mainTables.forEach((key, vpc) -> tables.put(key, new RouteTable(key, vpc, routesByTable.get(key),
                resources.resource(((Value.ResourceRef) vpc).logicalId()).orElseThrow().position())));
        for (Resource table : resources.ofType("AWS::EC2::RouteTable")) {
            Value vpc = resources.property(table, "VpcId")
                    .orElse(new Value.Unknown("the route table names no VPC", table.declaration()));
            tables.put(table.logicalId(), new RouteTable(table.logicalId(), vpc,
                    routesByTable.getOrDefault(table.logicalId(), List.of()), table.position()));
        }
        return tables;
    }

    /** {@code !GetAtt Vpc.MainRouteTableId} of a VPC of the template. */
    private Optional<Value.ResourceRef> mainRouteTableOf(Value value) {
        if (value instanceof Value.ResourceRef ref && ref.isAttribute(Network.MAIN_ROUTE_TABLE)
                && resources.typeOf(ref.logicalId()).filter("AWS::EC2::VPC"::equals).isPresent()) {
            return Optional.of(ref);
        }
        return Optional.empty();
    }

    private Route route(Resource route) {
        Value destination = resources.property(route, "DestinationCidrBlock")
                .or(() -> resources.property(route, "DestinationIpv6CidrBlock"))
                .or(() -> resources.property(route, "DestinationPrefixListId"))
                .orElse(new Value.Unknown("the route has no destination", route.declaration()));
        if (resources.undecidedCondition(route).isPresent()) {
            destination = new Value.Unknown("the route exists only under condition "
                    + resources.undecidedCondition(route).get(), destination.source());
        }
        for (String field : RouteTarget.fields()) {
            Optional<Value> ref = resources.property(route, field);
            if (ref.isPresent()) {
                RouteTarget kind = field.equals(RouteTarget.Field.GATEWAY_ID) && ref.get() instanceof Value.ResourceRef
                        ? gatewayKind((Value.ResourceRef) ref.get()) : RouteTarget.of(field, ref.get().asText());
                return new Route(Optional.of(route.logicalId()), destination, kind, ref.get(), route.position());
            }
        }
        return new Route(Optional.of(route.logicalId()), destination, RouteTarget.UNKNOWN,
                new Value.Unknown("the route names no target", route.declaration()), route.position());
    }

    /**
     * {@code GatewayId} takes internet gateways and virtual private gateways alike: a reference is
     * told by the type of the template's resource (an id written as text, by its prefix).
     */
    private RouteTarget gatewayKind(Value.ResourceRef gateway) {
        Optional<String> type = resources.typeOf(gateway.logicalId());
        if (type.filter("AWS::EC2::InternetGateway"::equals).isPresent()) {
            return RouteTarget.INTERNET_GATEWAY;
        }
        if (type.filter("AWS::EC2::VPNGateway"::equals).isPresent()) {
            return RouteTarget.VIRTUAL_PRIVATE_GATEWAY;
        }
        return RouteTarget.UNKNOWN;
    }

    private List<SubnetAssociation> associations() {
        List<SubnetAssociation> associations = new ArrayList<>();
        for (Resource association : resources.ofType("AWS::EC2::SubnetRouteTableAssociation")) {
            Optional<Value> subnet = resources.property(association, "SubnetId");
            Optional<Value> table = resources.property(association, "RouteTableId");
            if (subnet.isPresent() && table.isPresent()) {
                associations.add(new SubnetAssociation(association.logicalId(), subnet.get(), table.get(),
                        resources.undecidedCondition(association).isPresent(), association.position()));
            }
        }
        return associations;
    }

    private Map<String, NatGateway> natGateways() {
        Map<String, NatGateway> nats = new HashMap<>();
        for (Resource nat : resources.ofType("AWS::EC2::NatGateway")) {
            Value subnet = resources.property(nat, "SubnetId")
                    .orElse(new Value.Unknown("the NAT gateway names no subnet", nat.declaration()));
            boolean isPrivate = resources.property(nat, "ConnectivityType")
                    .flatMap(Value::asText).filter(t -> t.equalsIgnoreCase("private")).isPresent();
            nats.put(nat.logicalId(), new NatGateway(nat.logicalId(), subnet, isPrivate, nat.position()));
        }
        return nats;
    }

    private List<VpcEndpoint> endpoints() {
        List<VpcEndpoint> endpoints = new ArrayList<>();
        for (Resource endpoint : resources.ofType("AWS::EC2::VPCEndpoint")) {
            Optional<Value> service = resources.property(endpoint, "ServiceName");
            if (service.isEmpty()) {
                continue;
            }
            String type = resources.property(endpoint, "VpcEndpointType").flatMap(Value::asText)
                    .orElse("Gateway").toLowerCase(Locale.ROOT);
            VpcEndpoint.Kind kind = switch (type) {
                case "interface" -> VpcEndpoint.Kind.INTERFACE;
                case "gatewayloadbalancer" -> VpcEndpoint.Kind.GATEWAY_LOAD_BALANCER;
                default -> VpcEndpoint.Kind.GATEWAY;
            };
            Value vpc = resources.property(endpoint, "VpcId")
                    .orElse(new Value.Unknown("the endpoint names no VPC", endpoint.declaration()));
            List<Value> tables = resources.property(endpoint, "RouteTableIds").flatMap(Value::asList)
                    .orElse(List.of());
            endpoints.add(new VpcEndpoint(endpoint.logicalId(), service.get(), kind, vpc, tables,
                    endpoint.position(), resources.property(endpoint, "PrivateDnsEnabled")));
        }
        return endpoints;
    }
}
