package io.github.lambdalint.model.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.snapshot.AwsSnapshot;
import io.github.lambdalint.snapshot.SnapshotPlace;

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
    private final Map<String, Network> otherStacks;

    /**
     * @param otherStacks the networks of the other templates of the run this one imports from, by
     *                    their path as reports show it
     */
    public Network(Map<String, Vpc> vpcs, Map<String, Subnet> subnets, Map<String, RouteTable> routeTables,
                   List<SubnetAssociation> associations, Map<String, NatGateway> natGateways,
                   List<VpcEndpoint> endpoints, NetworkContext context, Map<String, Network> otherStacks) {
        this.vpcs = Map.copyOf(vpcs);
        this.subnets = Map.copyOf(subnets);
        this.routeTables = Map.copyOf(routeTables);
        this.associations = List.copyOf(associations);
        this.natGateways = Map.copyOf(natGateways);
        this.endpoints = List.copyOf(endpoints);
        this.context = context;
        this.otherStacks = Map.copyOf(otherStacks);
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

    /**
     * Where the AWS snapshot states the export ({@code !ImportValue NAME}) or stack output
     * ({@code Fn::GetStackOutput} with literal names) that gave a snapshot subnet's id, when one did.
     */
    public Optional<Evidence> importedFrom(ResolvedSubnet.InSnapshot subnet) {
        if (!(context.snapshot() instanceof SnapshotUse.Applies applies)
                || !(subnet.reference().source() instanceof MapNode call) || call.singleEntry().isEmpty()) {
            return Optional.empty();
        }
        AwsSnapshot snapshot = applies.snapshot();
        String id = subnet.subnet().logicalId();
        MapNode.Entry function = call.singleEntry().get();
        if (function.name().equals("Fn::ImportValue") && function.value() instanceof ScalarNode name) {
            return Optional.ofNullable(snapshot.exports().get(name.text())).filter(e -> e.value().equals(id))
                    .map(e -> inSnapshot(e.place(), "export " + name.text() + " is " + id));
        }
        if (function.name().equals("Fn::GetStackOutput") && function.value() instanceof MapNode arguments) {
            Optional<String> stack = arguments.getText("StackName");
            Optional<String> output = arguments.getText("OutputName");
            return stack.map(snapshot.stacks()::get).flatMap(s -> output.map(s.outputs()::get))
                    .filter(o -> o.value().equals(id))
                    .map(o -> inSnapshot(o.place(), "output " + o.key() + " of stack " + stack.get() + " is " + id));
        }
        return Optional.empty();
    }

    private static Evidence inSnapshot(SnapshotPlace place, String description) {
        return new Evidence(description, place.position(), Optional.of(place.file()));
    }

    /** Which subnet a value in {@code SubnetIds} names. */
    public ResolvedSubnet resolve(Value reference) {
        if (reference instanceof Value.ResourceRef ref && isId(ref, "SubnetId")) {
            Subnet subnet = subnets.get(ref.logicalId());
            if (subnet != null) {
                return new ResolvedSubnet.InTemplate(subnet, reference);
            }
            return new ResolvedSubnet.Undescribed(reference, ref.logicalId() + " is not an AWS::EC2::Subnet");
        }
        if (reference instanceof Value.OtherStackRef other && other.isId("SubnetId")) {
            Network home = otherStacks.get(other.stack());
            if (home == null) {
                return new ResolvedSubnet.Undescribed(reference, other.via() + " names a subnet of " + other.stack()
                        + ", whose network is not known");
            }
            ResolvedSubnet there = home.resolve(other.resource());
            if (there instanceof ResolvedSubnet.Undescribed undescribed) {
                return new ResolvedSubnet.Undescribed(reference, other.via() + " gives " + other.stack() + "'s "
                        + other.resource().logicalId() + ": " + undescribed.missing());
            }
            return new ResolvedSubnet.InOtherStack(other.stack(), there, home, other);
        }
        if (reference instanceof Value.Text text) {
            NetworkContext.DescribedSubnet facts = context.subnets().get(text.text());
            if (facts != null) {
                return new ResolvedSubnet.Described(facts, reference);
            }
            if (context.snapshot() instanceof SnapshotUse.Applies applies
                    && applies.network().subnets().containsKey(text.text())) {
                return new ResolvedSubnet.InSnapshot(applies.network().subnets().get(text.text()), applies.network(),
                        reference);
            }
            return new ResolvedSubnet.Undescribed(reference, "describe " + text.text() + " " + whereToDescribe());
        }
        if (reference instanceof Value.ParameterRef parameter) {
            return new ResolvedSubnet.Undescribed(reference, "give parameter " + parameter.name()
                    + " a value " + WHERE_TO_GIVE_PARAMETERS + " and describe the subnet " + WHERE_TO_DESCRIBE);
        }
        return new ResolvedSubnet.Undescribed(reference, "the subnet is not known statically ("
                + reasonOf(reference) + ")");
    }

    /** Where a parameter's value can be given, for messages. */
    public static final String WHERE_TO_GIVE_PARAMETERS = "(--parameter or parameters in .lambda-lint.yml)";

    /** Where a subnet lambda-lint does not know can be described, for messages. */
    public static final String WHERE_TO_DESCRIBE =
            "under network.subnets in .lambda-lint.yml or in an AWS snapshot (--aws-snapshot)";

    /**
     * Where the user can describe a subnet lambda-lint does not know, naming the AWS snapshot
     * when one was given and lacks it.
     */
    public String whereToDescribe() {
        String config = "under network.subnets in .lambda-lint.yml";
        if (context.snapshot() instanceof SnapshotUse.None) {
            return WHERE_TO_DESCRIBE;
        }
        if (context.snapshot() instanceof SnapshotUse.Applies applies) {
            return config + " (the AWS snapshot " + applies.snapshot().directory()
                    + " does not contain it: refresh it with aws ec2 describe-subnets)";
        }
        if (context.snapshot() instanceof SnapshotUse.OtherRegion other) {
            return config + " (the AWS snapshot " + other.snapshot().directory() + " is of region "
                    + other.snapshotRegion() + ", the template deploys to " + other.deployRegion()
                    + ": give a snapshot of " + other.deployRegion() + ")";
        }
        return config;
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
        if (subnet instanceof ResolvedSubnet.InOtherStack other) {
            // the endpoints of the subnet's own template, then this template's interface endpoints in its VPC
            other.home().endpointsFor(other.subnet()).forEach(e -> served.add(
                    new ServiceEndpoint(e.service(), e.evidence().in(other.stack()), e.privateDns())));
        }
        if (subnet instanceof ResolvedSubnet.Described described) {
            described.facts().vpc().ifPresent(vpc -> served.addAll(contextEndpoints(vpc)));
        }
        if (subnet instanceof ResolvedSubnet.InSnapshot inSnapshot) {
            // the snapshot's endpoints on the subnet's VPC and route table, and those the configuration gives its VPC
            served.addAll(inSnapshot.home().endpointsFor(inSnapshot.inHome()));
            inSnapshot.vpc().flatMap(Value::asText).ifPresent(vpc -> served.addAll(contextEndpoints(vpc)));
        }
        Optional<Value> vpc = subnet.vpc();
        Optional<RouteTable> table = subnet instanceof ResolvedSubnet.InTemplate inTemplate
                ? routeTableOf(inTemplate.subnet()).map(a -> resolveRouteTable(a.routeTable()))
                        .orElseGet(() -> resolveVpc(inTemplate.subnet().vpc()).map(this::mainRouteTable))
                : Optional.empty();
        for (VpcEndpoint endpoint : endpoints) {
            Optional<String> service = endpoint.service();
            if (service.isEmpty()) {
                continue;
            }
            boolean serves = switch (endpoint.kind()) {
                case INTERFACE -> vpc.isPresent() && sameResource(vpc.get(), endpoint.vpc(), "VpcId");
                case GATEWAY -> table.isPresent() && endpoint.routeTables().stream()
                        .anyMatch(rt -> rt instanceof Value.ResourceRef ref
                                && routeTableKey(ref).equals(table.get().logicalId()));
                case GATEWAY_LOAD_BALANCER -> false;
            };
            if (serves) {
                served.add(new ServiceEndpoint(service.get(), endpoint.evidence(
                        (endpoint.kind() == VpcEndpoint.Kind.GATEWAY ? "gateway" : "interface") + " endpoint "
                                + endpoint.logicalId() + " serves " + service.get()), endpoint.privateDns()));
            }
        }
        return served;
    }

    /** The endpoints the configuration's network context gives a VPC. */
    private List<ServiceEndpoint> contextEndpoints(String vpc) {
        return context.vpcEndpoints().getOrDefault(vpc, List.of()).stream()
                .map(e -> new ServiceEndpoint(VpcEndpoint.serviceId(e.service()), new Evidence(
                        "the network context gives " + vpc + " an endpoint for " + e.service(), e.position(),
                        Optional.of(context.file())), TriState.YES))
                .toList();
    }

    /**
     * An AWS service reachable through a VPC endpoint, and the endpoint that shows it.
     * {@code privateDns} says whether calls to the service's default host name use the endpoint
     * (NO for an interface endpoint without {@code PrivateDnsEnabled: true}).
     */
    public record ServiceEndpoint(String service, Evidence evidence, TriState privateDns) {
        public ServiceEndpoint(String service, Evidence evidence) {
            this(service, evidence, TriState.YES);
        }
    }

    Optional<SubnetAssociation> routeTableOf(Subnet subnet) {
        return associations.stream()
                .filter(a -> a.subnet() instanceof Value.ResourceRef ref && isId(ref, "SubnetId")
                        && ref.logicalId().equals(subnet.logicalId()))
                .findFirst();
    }

    Optional<RouteTable> resolveRouteTable(Value reference) {
        if (reference instanceof Value.ResourceRef ref && isId(ref, "RouteTableId")) {
            return Optional.ofNullable(routeTables.get(ref.logicalId()));
        }
        if (reference instanceof Value.ResourceRef ref && ref.isAttribute(MAIN_ROUTE_TABLE)
                && vpcs.containsKey(ref.logicalId())) {
            return Optional.of(mainRouteTable(vpcs.get(ref.logicalId())));
        }
        return Optional.empty();
    }

    /** The attribute of {@code AWS::EC2::VPC} that names its main route table. */
    public static final String MAIN_ROUTE_TABLE = "MainRouteTableId";

    /**
     * {@code Ref X} or {@code !GetAtt X.<IdAttribute>} ({@code !GetAtt Subnet.SubnetId}): both give
     * the resource's id.
     */
    static boolean isId(Value.ResourceRef ref, String idAttribute) {
        return ref.attribute().isEmpty() || ref.isAttribute(idAttribute);
    }

    /** Two values that give the same resource id: the same Ref or id attribute, or equal text. */
    static boolean sameResource(Value a, Value b, String idAttribute) {
        if (a instanceof Value.ResourceRef refA && b instanceof Value.ResourceRef refB) {
            return refA.logicalId().equals(refB.logicalId()) && isId(refA, idAttribute) && isId(refB, idAttribute);
        }
        if (a instanceof Value.OtherStackRef refA && b instanceof Value.OtherStackRef refB) {
            return refA.stack().equals(refB.stack()) && sameResource(refA.resource(), refB.resource(), idAttribute);
        }
        return a.isSameAs(b);
    }

    /**
     * The key of a route table in {@link #routeTables()}: its logical id, or
     * {@code Vpc.MainRouteTableId} for the main route table of a VPC of the template (which
     * holds the routes the template adds to it with {@code !GetAtt Vpc.MainRouteTableId}).
     */
    static String routeTableKey(Value.ResourceRef ref) {
        return ref.isAttribute(MAIN_ROUTE_TABLE) ? ref.logicalId() + "." + MAIN_ROUTE_TABLE : ref.logicalId();
    }

    /** The main route table of a VPC of the template: only the local route unless the template adds routes. */
    RouteTable mainRouteTable(Vpc vpc) {
        String key = vpc.logicalId() + "." + MAIN_ROUTE_TABLE;
        RouteTable table = routeTables.get(key);
        return table != null ? table : new RouteTable(key, new Value.ResourceRef(vpc.logicalId(), Optional.empty(),
                io.github.lambdalint.parse.ScalarNode.string(vpc.logicalId(), vpc.position())), List.of(),
                vpc.position());
    }

    Optional<Vpc> resolveVpc(Value reference) {
        if (reference instanceof Value.ResourceRef ref && isId(ref, "VpcId")) {
            return Optional.ofNullable(vpcs.get(ref.logicalId()));
        }
        return Optional.empty();
    }
}
