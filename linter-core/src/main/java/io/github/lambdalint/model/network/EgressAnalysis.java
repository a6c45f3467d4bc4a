package io.github.lambdalint.model.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.resolve.Value;

/** Works out how one subnet reaches the internet, following association, route and NAT. */
final class EgressAnalysis {

    private final Network network;

    EgressAnalysis(Network network) {
        this.network = network;
    }

    SubnetEgress of(ResolvedSubnet subnet) {
        if (subnet instanceof ResolvedSubnet.InTemplate inTemplate) {
            return ofTemplateSubnet(inTemplate.subnet(), 0);
        }
        if (subnet instanceof ResolvedSubnet.Described described) {
            return ofDescribed(described);
        }
        if (subnet instanceof ResolvedSubnet.InSnapshot inSnapshot) {
            return inSnapshot.home().egress(inSnapshot.inHome());
        }
        if (subnet instanceof ResolvedSubnet.InOtherStack other) {
            SubnetEgress there = other.home().egress(other.subnet());
            return new SubnetEgress(there.kind(), there.summary(),
                    there.evidence().stream().map(e -> e.in(other.stack())).toList());
        }
        return unknown(subnet.name() + " is not known: " + ((ResolvedSubnet.Undescribed) subnet).missing());
    }

    private SubnetEgress ofDescribed(ResolvedSubnet.Described described) {
        NetworkContext.DescribedSubnet facts = described.facts();
        if (facts.egress().isEmpty()) {
            return unknown("the network context gives no egress for " + described.name());
        }
        Evidence evidence = new Evidence("the network context gives " + described.name() + " egress "
                + facts.egress().get().name().toLowerCase(java.util.Locale.ROOT), facts.position(),
                Optional.of(network.context().file()));
        return switch (facts.egress().get()) {
            case NAT -> new SubnetEgress(SubnetEgress.Kind.NAT, described.name() + " has a NAT route",
                    List.of(evidence));
            case IGW -> new SubnetEgress(SubnetEgress.Kind.INTERNET_GATEWAY,
                    described.name() + " routes to an internet gateway", List.of(evidence));
            case NONE -> new SubnetEgress(SubnetEgress.Kind.NONE, described.name() + " has no route to the internet",
                    List.of(evidence));
        };
    }

    /** NAT gateways lead to their own subnet's routes; the bound stops a loop of NATs. */
    private static final int MAX_NAT_HOPS = 3;

    private SubnetEgress ofTemplateSubnet(Subnet subnet, int natHops) {
        if (natHops > MAX_NAT_HOPS) {
            return unknown("NAT gateways route to each other");
        }
        Optional<SubnetAssociation> association = network.routeTableOf(subnet);
        if (association.isEmpty()) {
            Optional<Vpc> vpc = network.resolveVpc(subnet.vpc());
            if (vpc.isEmpty()) {
                return unknown("subnet " + subnet.logicalId() + " has no route table association, and the main"
                        + " route table of its VPC is not known" + (subnet.file().isPresent()
                        ? " (the AWS snapshot holds neither)" : " (the VPC is outside the template)"));
            }
            Evidence implicit = subnet.evidence("subnet " + subnet.logicalId()
                    + " has no route table association, so it uses the main route table of " + vpc.get().logicalId());
            RouteTable main = network.mainRouteTable(vpc.get());
            if (!main.routes().isEmpty()) {
                // the template adds routes to the main table with !GetAtt Vpc.MainRouteTableId
                return ofRouteTable(main, implicit, "subnet " + subnet.logicalId(), natHops);
            }
            return new SubnetEgress(SubnetEgress.Kind.NONE, "subnet " + subnet.logicalId()
                    + " has no route table association, so it uses the main route table of " + vpc.get().logicalId()
                    + ", which has only the local route", List.of(implicit));
        }
        if (association.get().conditional()) {
            return unknown("the route table association of subnet " + subnet.logicalId() + " has a condition");
        }
        Optional<RouteTable> table = network.resolveRouteTable(association.get().routeTable());
        if (table.isEmpty()) {
            return unknown("subnet " + subnet.logicalId() + " is associated with a route table outside the template");
        }
        Evidence associated = association.get().evidence("subnet " + subnet.logicalId() + " uses route table "
                + table.get().logicalId() + (association.get().viaMainTable()
                ? ", the main route table of its VPC (no table is associated with the subnet)" : ""));
        return ofRouteTable(table.get(), associated, "subnet " + subnet.logicalId(), natHops);
    }

    private SubnetEgress ofRouteTable(RouteTable table, Evidence associated, String subnetName, int natHops) {
        List<Route> defaults = new ArrayList<>();
        for (Route route : table.routes()) {
            if (route.isDefaultRoute()) {
                defaults.add(route);
            } else if (!route.destination().isKnown() && mayLeadOut(route.target())) {
                return unknown("route table " + table.logicalId() + " has a route whose destination is not known");
            }
        }
        if (defaults.isEmpty()) {
            Evidence noDefault = table.evidence("route table " + table.logicalId() + " has no 0.0.0.0/0 route");
            Optional<Route> ipv6 = table.routes().stream().filter(Route::isDefaultIpv6Route)
                    .filter(r -> !r.isBlackhole())
                    .filter(r -> r.target() == RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY).findFirst();
            if (ipv6.isPresent()) {
                String routeName = ipv6.get().logicalId().map(id -> "route " + id)
                        .orElse("the " + Route.DEFAULT_IPV6 + " route of route table " + table.logicalId());
                return ipv6Only(subnetName + " uses route table " + table.logicalId() + ", which has no 0.0.0.0/0"
                        + " route; its " + Route.DEFAULT_IPV6 + " route goes to an egress-only internet gateway",
                        List.of(associated, noDefault, ipv6.get().evidence(routeName + " sends "
                                + Route.DEFAULT_IPV6 + " to " + ipv6.get().describeTarget())));
            }
            return new SubnetEgress(SubnetEgress.Kind.NONE, subnetName + " uses route table " + table.logicalId()
                    + ", which has no 0.0.0.0/0 route", List.of(associated, noDefault));
        }
        Route route = defaults.get(0);
        String routeName = route.logicalId().map(id -> "route " + id)
                .orElse("the 0.0.0.0/0 route of route table " + table.logicalId());
        if (defaults.size() > 1) {
            return unknown("route table " + table.logicalId() + " has more than one 0.0.0.0/0 route (conditions?)");
        }
        if (route.isBlackhole()) {
            return new SubnetEgress(SubnetEgress.Kind.NONE, subnetName + " routes 0.0.0.0/0 to "
                    + route.describeTarget() + ", which is gone: the route is a blackhole", List.of(associated,
                    route.evidence(routeName + " sends 0.0.0.0/0 to " + route.describeTarget() + " and is in state "
                            + Route.BLACKHOLE + " (its target is not available), so it drops the traffic")));
        }
        Evidence routeEvidence = route.evidence(routeName + " sends 0.0.0.0/0 to " + route.describeTarget());
        return switch (route.target()) {
            // a NAT gateway's own subnet that sends 0.0.0.0/0 to a NAT (even to itself) has no internet gateway route
            case NAT_GATEWAY -> natHops > 0 ? new SubnetEgress(SubnetEgress.Kind.NAT,
                    subnetName + " routes 0.0.0.0/0 to a NAT gateway", List.of(associated, routeEvidence))
                    : ofNatGateway(route, List.of(associated, routeEvidence), subnetName, natHops);
            case NAT_INSTANCE, TRANSIT_GATEWAY -> new SubnetEgress(SubnetEgress.Kind.NAT,
                    subnetName + " routes 0.0.0.0/0 to " + route.target().description(),
                    List.of(associated, routeEvidence));
            case INTERNET_GATEWAY -> new SubnetEgress(SubnetEgress.Kind.INTERNET_GATEWAY,
                    subnetName + " routes 0.0.0.0/0 to an internet gateway (a public subnet)",
                    List.of(associated, routeEvidence));
            default -> unknown(subnetName + " routes 0.0.0.0/0 to " + route.target().description());
        };
    }

    /**
     * Whether a route to this target could be the internet path when its destination is not
     * known. A peering connection never is (peered VPCs do not route on to the internet), nor is
     * an egress-only internet gateway (IPv6 only).
     */
    private static boolean mayLeadOut(RouteTarget target) {
        return target != RouteTarget.VPC_PEERING && target != RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY;
    }

    /** A NAT gateway reaches the internet only if it is public and sits in a public subnet. */
    private SubnetEgress ofNatGateway(Route route, List<Evidence> evidence, String subnetName, int natHops) {
        String summary = subnetName + " routes 0.0.0.0/0 to a NAT gateway";
        Optional<NatGateway> found = natGatewayOf(route.targetRef());
        if (found.isEmpty()) {
            return new SubnetEgress(SubnetEgress.Kind.NAT, summary, evidence);
        }
        NatGateway nat = found.get();
        List<Evidence> chain = new ArrayList<>(evidence);
        if (nat.gone().isPresent()) {
            chain.add(nat.evidence("NAT gateway " + nat.logicalId() + " " + nat.gone().get()));
            return new SubnetEgress(SubnetEgress.Kind.NONE, subnetName + " routes 0.0.0.0/0 to NAT gateway "
                    + nat.logicalId() + ", which " + nat.gone().get(), chain);
        }
        if (nat.isPrivate()) {
            chain.add(nat.evidence("NAT gateway " + nat.logicalId() + " is private (ConnectivityType: private)"));
            return new SubnetEgress(SubnetEgress.Kind.NONE, subnetName + " routes 0.0.0.0/0 to private NAT gateway "
                    + nat.logicalId() + ", which has no internet access", chain);
        }
        if (!(network.resolve(nat.subnet()) instanceof ResolvedSubnet.InTemplate natSubnet)) {
            return new SubnetEgress(SubnetEgress.Kind.NAT, summary + " " + nat.logicalId(), evidence);
        }
        SubnetEgress natEgress = ofTemplateSubnet(natSubnet.subnet(), natHops + 1);
        chain.add(nat.evidence("NAT gateway " + nat.logicalId() + " sits in subnet "
                + natSubnet.subnet().logicalId()));
        return switch (natEgress.kind()) {
            case INTERNET_GATEWAY -> new SubnetEgress(SubnetEgress.Kind.NAT, summary + " " + nat.logicalId(), chain);
            case UNKNOWN -> new SubnetEgress(SubnetEgress.Kind.UNKNOWN, natEgress.summary(), chain);
            case NAT, NONE, IPV6_ONLY -> {
                chain.addAll(natEgress.evidence());
                yield new SubnetEgress(SubnetEgress.Kind.NONE, subnetName + " routes 0.0.0.0/0 to NAT gateway "
                        + nat.logicalId() + ", but the NAT's subnet " + natSubnet.subnet().logicalId()
                        + " has no route to an internet gateway", chain);
            }
        };
    }

    /** The NAT gateway a route names: a template's by reference, the snapshot's by id. */
    private Optional<NatGateway> natGatewayOf(Value target) {
        if (target instanceof Value.ResourceRef ref) {
            return Optional.ofNullable(network.natGateways().get(ref.logicalId()));
        }
        return target.asText().map(network.natGateways()::get);
    }

    private static SubnetEgress ipv6Only(String summary, List<Evidence> evidence) {
        return new SubnetEgress(SubnetEgress.Kind.IPV6_ONLY, summary, evidence);
    }

    private static SubnetEgress unknown(String summary) {
        return new SubnetEgress(SubnetEgress.Kind.UNKNOWN, summary, List.of());
    }
}
