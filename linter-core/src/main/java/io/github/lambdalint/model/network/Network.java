package io.github.lambdalint.model.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.Evidence;
import io.github.lambdalint.resolve.Value;

/**
 * The VPC resources of a template (VPCs, subnets, route tables, routes, NAT gateways, VPC
 * endpoints), plus the user's description of subnets and endpoints outside it. Answers the
 * questions rules ask: which subnet is this, how does it reach the internet, which AWS
 * services does it reach through endpoints.
 */
public final class Network {

    private final Map<String, Vpc> vpcs;
    private final Map<String, Subnet> subnets;
    private final Map<String, RouteTable> routeTables;
    private final List<SubnetAssociation> associations;
    private final Map<String, NatGateway> natGateways;
    private final List<VpcEndpoint> endpoints;
    private final NetworkContext context;

    public Network(Map<String, Vpc> vpcs, Map<String, Subnet> subnets, Map<String, RouteTable> routeTables,
                   List<SubnetAssociation> associations, Map<String, NatGateway> natGateways,
                   List<VpcEndpoint> endpoints, NetworkContext context) {
        this.vpcs = Map.copyOf(vpcs);
        this.subnets = Map.copyOf(subnets);
        this.routeTables = Map.copyOf(routeTables);
        this.associations = List.copyOf(associations);
        this.natGateways = Map.copyOf(natGateways);
        this.endpoints = List.copyOf(endpoints);
        this.context = context;
    }

    public Map<String, Vpc> vpcs() {
        return vpcs;
    }

    public Map<String, Subnet> subnets() {
        return subnets;
    }

    public Map<String, RouteTable> routeTables() {
        return routeTables;
    }

    public Map<String, NatGateway> natGateways() {
        return natGateways;
    }

    public List<VpcEndpoint> endpoints() {
        return endpoints;
    }

    public NetworkContext context() {
        return context;
    }

    /** Which subnet a value in {@code SubnetIds} names ({@code Ref S} or {@code GetAtt S.SubnetId}). */
    public ResolvedSubnet resolve(Value reference) {
        if (reference instanceof Value.ResourceRef ref
                && (ref.attribute().isEmpty() || ref.isAttribute("SubnetId"))) {
            Subnet subnet = subnets.get(ref.logicalId());
            if (subnet != null) {
                return new ResolvedSubnet.InTemplate(subnet, reference);
            }
            return new ResolvedSubnet.Undescribed(reference, ref.logicalId() + " is not an AWS::EC2::Subnet");
        }
        if (reference instanceof Value.Text text) {
            NetworkContext.DescribedSubnet facts = context.subnets().get(text.text());
            if (facts != null) {
                return new ResolvedSubnet.Described(facts, reference);
            }
            return new ResolvedSubnet.Undescribed(reference,
                    "describe " + text.text() + " under network.subnets in .lambda-lint.yml");
        }
        if (reference instanceof Value.ParameterRef parameter) {
            return new ResolvedSubnet.Undescribed(reference, "give parameter " + parameter.name()
                    + " a value (--parameter or parameters in .lambda-lint.yml) and describe the subnet under network.subnets");
        }
        return new ResolvedSubnet.Undescribed(reference, "the subnet is not known statically ("
                + reasonOf(reference) + ")");
    }

    private static String reasonOf(Value value) {
        return value instanceof Value.Unknown unknown ? unknown.reason() : "an expression lambda-lint cannot evaluate";
    }

    /** How the subnet reaches the internet, with the route table and route that decide it. */
    public SubnetEgress egress(ResolvedSubnet subnet) {
        return new EgressAnalysis(this).of(subnet);
    }

    /**
     * The AWS services the subnet reaches through VPC endpoints: interface endpoints of its VPC
     * and gateway endpoints attached to its route table.
     */
    public List<ServiceEndpoint> endpointsFor(ResolvedSubnet subnet) {
        List<ServiceEndpoint> served = new ArrayList<>();
        if (subnet instanceof ResolvedSubnet.Described described) {
            described.facts().vpc().ifPresent(vpc -> context.vpcEndpoints().getOrDefault(vpc, List.of())
                    .forEach(e -> served.add(new ServiceEndpoint(e.service(), new Evidence(
                            "the network context gives " + vpc + " an endpoint for " + e.service(), e.position(),
                            Optional.of(context.file()))))));
        }
        Optional<Value> vpc = subnet.vpc();
        Optional<RouteTable> table = subnet instanceof ResolvedSubnet.InTemplate inTemplate
                ? routeTableOf(inTemplate.subnet()).flatMap(a -> resolveRouteTable(a.routeTable()))
                : Optional.empty();
        for (VpcEndpoint endpoint : endpoints) {
            Optional<String> service = endpoint.service();
            if (service.isEmpty()) {
                continue;
            }
            boolean serves = switch (endpoint.kind()) {
                case INTERFACE -> vpc.isPresent() && vpc.get().isSameAs(endpoint.vpc());
                case GATEWAY -> table.isPresent() && endpoint.routeTables().stream()
                        .anyMatch(rt -> rt instanceof Value.ResourceRef ref
                                && ref.logicalId().equals(table.get().logicalId()));
                case GATEWAY_LOAD_BALANCER -> false;
            };
            if (serves) {
                served.add(new ServiceEndpoint(service.get(), Evidence.at(endpoint.position(),
                        (endpoint.kind() == VpcEndpoint.Kind.GATEWAY ? "gateway" : "interface") + " endpoint "
                                + endpoint.logicalId() + " serves " + service.get())));
            }
        }
        return served;
    }

    /** An AWS service reachable through a VPC endpoint, and the endpoint that shows it. */
    public record ServiceEndpoint(String service, Evidence evidence) {
    }

    Optional<SubnetAssociation> routeTableOf(Subnet subnet) {
        return associations.stream()
                .filter(a -> a.subnet() instanceof Value.ResourceRef ref
                        && (ref.attribute().isEmpty() || ref.isAttribute("SubnetId"))
                        && ref.logicalId().equals(subnet.logicalId()))
                .findFirst();
    }

    Optional<RouteTable> resolveRouteTable(Value reference) {
        if (reference instanceof Value.ResourceRef ref && ref.attribute().isEmpty()) {
            return Optional.ofNullable(routeTables.get(ref.logicalId()));
        }
        return Optional.empty();
    }

    /** The template VPC a value names: {@code Ref V} or {@code GetAtt V.VpcId}. */
    Optional<Vpc> resolveVpc(Value reference) {
        if (reference instanceof Value.ResourceRef ref && (ref.attribute().isEmpty() || ref.isAttribute("VpcId"))) {
            return Optional.ofNullable(vpcs.get(ref.logicalId()));
        }
        return Optional.empty();
    }
}
