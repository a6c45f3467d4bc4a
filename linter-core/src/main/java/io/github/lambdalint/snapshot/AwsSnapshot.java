package io.github.lambdalint.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The facts of a deployed account, read from the JSON the AWS CLI v2 prints with {@code --output json}
 * (one file per describe/list command, any file names, pages merged). Only what the rules use is kept;
 * field names follow the EC2 API reference ({@code docs/snapshot.md} cites them).
 *
 * @param directory the snapshot folder as messages name it
 * @param region    the region the subnets live in (from their ARNs or availability zones), if any subnet says
 * @param ignored   files and top-level keys the reader does not know, and known keys not used yet, for {@code --verbose}
 * @param securityGroups the security groups, by id
 * @param dataStores the RDS proxies, databases and ElastiCache clusters of the account
 * @param exports   CloudFormation exports by name ({@code Exports} of list-exports, and the {@code ExportName} of
 *                  stack outputs in {@code Stacks})
 * @param stacks    deployed stacks by name ({@code Stacks} of describe-stacks)
 * @param accountLimit the Lambda concurrency quota of the account ({@code AccountLimit} of get-account-settings)
 */
public record AwsSnapshot(String directory, Optional<String> region, Map<String, Subnet> subnets,
                          Map<String, RouteTable> routeTables, Map<String, NatGateway> natGateways,
                          List<VpcEndpoint> vpcEndpoints, Map<String, SecurityGroup> securityGroups,
                          List<String> ignored, DataStores dataStores, Map<String, Export> exports,
                          Map<String, DeployedStack> stacks, Optional<AccountLimit> accountLimit) {

    public AwsSnapshot {
        subnets = Map.copyOf(subnets);
        securityGroups = Map.copyOf(securityGroups);
        routeTables = Map.copyOf(routeTables);
        natGateways = Map.copyOf(natGateways);
        vpcEndpoints = List.copyOf(vpcEndpoints);
        ignored = List.copyOf(ignored);
        exports = Map.copyOf(exports);
        stacks = Map.copyOf(stacks);
    }

    /**
     * Reads every {@code *.json} file of the folder.
     *
     * @param shown how messages name the folder
     * @throws SnapshotException when a file is not JSON or a known key has the wrong shape
     * @throws IOException       when the folder or a file cannot be read
     */
    public static AwsSnapshot read(Path directory, String shown) throws IOException, SnapshotException {
        return new SnapshotReader(directory, shown).read();
    }

    /**
     * The route table a subnet uses: the one explicitly associated with it, else the main route
     * table of its VPC; with the association that says so.
     */
    public Optional<SubnetRouteTable> routeTableOf(Subnet subnet) {
        for (RouteTable table : routeTables.values()) {
            for (Association association : table.associations()) {
                if (association.subnetId().filter(subnet.id()::equals).isPresent()) {
                    return Optional.of(new SubnetRouteTable(table, association));
                }
            }
        }
        for (RouteTable table : routeTables.values()) {
            if (table.vpcId().equals(subnet.vpcId())) {
                for (Association association : table.associations()) {
                    if (association.main()) {
                        return Optional.of(new SubnetRouteTable(table, association));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A subnet's route table and the association (explicit, or the main one) that gives it. */
    public record SubnetRouteTable(RouteTable table, Association association) {
    }

    /** An item of {@code Subnets} (ec2 describe-subnets). */
    public record Subnet(String id, String vpcId, String availabilityZone, Optional<String> cidrBlock,
                         SnapshotPlace place) {
    }

    /** An item of {@code RouteTables} (ec2 describe-route-tables). */
    public record RouteTable(String id, String vpcId, List<Association> associations, List<Route> routes,
                             SnapshotPlace place) {
        public RouteTable {
            associations = List.copyOf(associations);
            routes = List.copyOf(routes);
        }
    }

    /** {@code Main: true} marks the VPC's main table; else {@code SubnetId} (or a gateway) is associated. */
    public record Association(Optional<String> subnetId, boolean main, SnapshotPlace place) {
    }

    /**
     * A route: its destination ({@code DestinationCidrBlock}, {@code DestinationIpv6CidrBlock} or
     * {@code DestinationPrefixListId}), the fields that name its target with the target's id
     * ({@code NatGatewayId}, {@code GatewayId}, ...: every other text field but {@code InstanceOwnerId},
     * {@code Origin} and {@code State}; the model's one table tells what each targets), and its
     * {@code State} ({@code blackhole} when the target is gone).
     */
    public record Route(Optional<String> destinationCidrBlock, Optional<String> destinationIpv6CidrBlock,
                        Optional<String> destinationPrefixListId, Map<String, String> targets,
                        Optional<String> state, SnapshotPlace place) {
        public Route {
            targets = Map.copyOf(targets);
        }
    }

    /** An item of {@code NatGateways}; {@code ConnectivityType: private} never reaches the internet. */
    public record NatGateway(String id, String subnetId, boolean isPrivate, Optional<String> state,
                             SnapshotPlace place) {
    }

    /** An export: an item of {@code Exports} ({@code Name}, {@code Value}), or a stack output with {@code ExportName}. */
    public record Export(String name, String value, SnapshotPlace place) {
    }

    /** A value of a deployed stack ({@code OutputValue} of an output, {@code ParameterValue} of a parameter). */
    public record StackValue(String key, String value, SnapshotPlace place) {
    }

    /** An item of {@code Stacks}: its {@code Outputs} and {@code Parameters} by key. */
    public record DeployedStack(String name, Map<String, StackValue> outputs, Map<String, StackValue> parameters,
                                SnapshotPlace place) {
        public DeployedStack {
            outputs = Map.copyOf(outputs);
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * {@code AccountLimit}: the account's concurrency quota in the region ({@code ConcurrentExecutions}) and
     * what of it no function reserves ({@code UnreservedConcurrentExecutions}).
     */
    public record AccountLimit(long concurrentExecutions, Optional<Long> unreservedConcurrentExecutions,
                               SnapshotPlace place) {
    }

    /** An item of {@code VpcEndpoints}; {@code type} is {@code Gateway}, {@code Interface} or {@code GatewayLoadBalancer}. */
    public record VpcEndpoint(String id, String vpcId, String serviceName, String type, List<String> routeTableIds,
                              boolean privateDnsEnabled, SnapshotPlace place) {
        public VpcEndpoint {
            routeTableIds = List.copyOf(routeTableIds);
        }
    }

    /**
     * An item of {@code SecurityGroups} (ec2 describe-security-groups): its inbound
     * ({@code IpPermissions}) and outbound ({@code IpPermissionsEgress}) permissions, each complete as
     * EC2 holds it (the default allow-all egress rule is listed when the group still has it).
     */
    public record SecurityGroup(String id, Optional<String> vpcId, List<Permission> ingress, List<Permission> egress,
                                SnapshotPlace place) {
        public SecurityGroup {
            ingress = List.copyOf(ingress);
            egress = List.copyOf(egress);
        }
    }

    /**
     * What a function connects to by address: {@code DBProxies}, {@code DBProxyEndpoints},
     * {@code DBInstances}, {@code DBClusters} (rds) and {@code CacheClusters}, {@code ReplicationGroups}
     * (elasticache), each by its identifier. Field names follow the RDS and ElastiCache API references.
     */
    public record DataStores(Map<String, DbProxy> proxies, Map<String, DbProxyEndpoint> proxyEndpoints,
                             Map<String, DbInstance> instances, Map<String, DbCluster> clusters,
                             Map<String, CacheCluster> cacheClusters, Map<String, ReplicationGroup> replicationGroups) {

        public static final DataStores NONE = new DataStores(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of());

        /** Each kind in the order of its identifiers, sorted once here rather than at every lookup. */
        public DataStores {
            proxies = sorted(proxies);
            proxyEndpoints = sorted(proxyEndpoints);
            instances = sorted(instances);
            clusters = sorted(clusters);
            cacheClusters = sorted(cacheClusters);
            replicationGroups = sorted(replicationGroups);
        }

        private static <T> Map<String, T> sorted(Map<String, T> byId) {
            return Collections.unmodifiableSortedMap(new TreeMap<>(byId));
        }

        /**
         * The resource that answers at a DNS name (compared without case, as DNS does): the one whose
         * endpoint address is that name.
         */
        public Optional<DataStore> byAddress(String host) {
            // a proxy before its endpoints, each kind in the order of its identifiers
            return Stream.of(proxies, proxyEndpoints, instances, clusters, cacheClusters, replicationGroups)
                    .flatMap(stores -> stores.values().stream())
                    .map(DataStore.class::cast)
                    .filter(store -> store.addresses().stream().anyMatch(host::equalsIgnoreCase))
                    .findFirst();
        }

        /** The DB instances that are members of a cluster ({@code DBClusterIdentifier}). */
        public List<DbInstance> membersOf(String clusterId) {
            return instances.values().stream().filter(i -> i.clusterId().filter(clusterId::equals).isPresent())
                    .sorted(java.util.Comparator.comparing(DbInstance::id)).toList();
        }
    }

    /** A resource of the snapshot a client connects to by address. */
    public sealed interface DataStore {
        /** Its identifier (name) in AWS. */
        String id();

        /** The DNS names clients connect to. */
        List<String> addresses();

        SnapshotPlace place();
    }

    /** An item of {@code DBProxies} (rds describe-db-proxies): a proxy is reached only inside its VPC. */
    public record DbProxy(String id, Optional<String> endpoint, Optional<String> vpcId, List<String> subnetIds,
                          List<String> securityGroupIds, Optional<String> engineFamily, boolean requireTls,
                          SnapshotPlace place) implements DataStore {
        public DbProxy {
            subnetIds = List.copyOf(subnetIds);
            securityGroupIds = List.copyOf(securityGroupIds);
        }

        public List<String> addresses() {
            return endpoint.stream().toList();
        }
    }

    /** An item of {@code DBProxyEndpoints}: an endpoint of proxy {@code proxyName}, possibly in another VPC. */
    public record DbProxyEndpoint(String id, String proxyName, Optional<String> endpoint, Optional<String> vpcId,
                                  List<String> subnetIds, List<String> securityGroupIds, SnapshotPlace place)
            implements DataStore {
        public DbProxyEndpoint {
            subnetIds = List.copyOf(subnetIds);
            securityGroupIds = List.copyOf(securityGroupIds);
        }

        public List<String> addresses() {
            return endpoint.stream().toList();
        }
    }

    /**
     * An {@code IpPermission}: {@code IpProtocol} ({@code tcp}, {@code udp}, {@code icmp}, a number or
     * {@code -1} for all), the port range when the protocol has ports, and its peers.
     */
    public record Permission(String ipProtocol, Optional<Long> fromPort, Optional<Long> toPort, List<Peer> peers,
                             SnapshotPlace place) {
        public Permission {
            peers = List.copyOf(peers);
        }
    }

    /** One peer of a permission, as the field it comes from names it. */
    public record Peer(PeerKind kind, String value, SnapshotPlace place) {
    }

    /**
     * Where a peer comes from: {@code IpRanges.CidrIp}, {@code Ipv6Ranges.CidrIpv6},
     * {@code PrefixListIds.PrefixListId}, {@code UserIdGroupPairs.GroupId} (or, without an id,
     * {@code UserIdGroupPairs.GroupName}).
     */
    public enum PeerKind { CIDR_IPV4, CIDR_IPV6, PREFIX_LIST, GROUP, GROUP_NAME }

    /**
     * An item of {@code DBInstances}: {@code address} is {@code Endpoint.Address}, {@code vpcId} and
     * {@code subnetIds} come from its {@code DBSubnetGroup}, {@code clusterId} is its
     * {@code DBClusterIdentifier} (an Aurora member).
     */
    public record DbInstance(String id, Optional<String> address, Optional<Boolean> publiclyAccessible,
                             Optional<String> vpcId, List<String> subnetIds, List<String> securityGroupIds,
                             Optional<String> clusterId, Optional<String> engine, boolean iamAuthentication,
                             SnapshotPlace place) implements DataStore {
        public DbInstance {
            subnetIds = List.copyOf(subnetIds);
            securityGroupIds = List.copyOf(securityGroupIds);
        }

        public List<String> addresses() {
            return address.stream().toList();
        }
    }

    /**
     * An item of {@code DBClusters}: its writer {@code Endpoint}, {@code ReaderEndpoint} and
     * {@code CustomEndpoints}; {@code subnetGroup} is the name {@code DBSubnetGroup} gives;
     * {@code publiclyAccessible} is set for Multi-AZ DB clusters only (an Aurora cluster's
     * instances carry their own).
     */
    public record DbCluster(String id, List<String> addresses, Optional<String> engine, Optional<String> engineMode,
                            Optional<Boolean> publiclyAccessible, Optional<String> subnetGroup,
                            List<String> securityGroupIds, List<String> members, boolean iamAuthentication,
                            SnapshotPlace place) implements DataStore {
        public DbCluster {
            addresses = List.copyOf(addresses);
            securityGroupIds = List.copyOf(securityGroupIds);
            members = List.copyOf(members);
        }
    }

    /**
     * An item of {@code CacheClusters} (elasticache describe-cache-clusters): its
     * {@code ConfigurationEndpoint} and, with {@code --show-cache-node-info}, the endpoints of its
     * {@code CacheNodes}.
     */
    public record CacheCluster(String id, List<String> addresses, Optional<String> engine,
                               Optional<String> subnetGroup, List<String> securityGroupIds,
                               Optional<String> replicationGroupId, SnapshotPlace place) implements DataStore {
        public CacheCluster {
            addresses = List.copyOf(addresses);
            securityGroupIds = List.copyOf(securityGroupIds);
        }
    }

    /**
     * An item of {@code ReplicationGroups}: its {@code ConfigurationEndpoint}, and each node
     * group's {@code PrimaryEndpoint}, {@code ReaderEndpoint} and members' {@code ReadEndpoint}.
     */
    public record ReplicationGroup(String id, List<String> addresses, List<String> memberClusters,
                                   SnapshotPlace place) implements DataStore {
        public ReplicationGroup {
            addresses = List.copyOf(addresses);
            memberClusters = List.copyOf(memberClusters);
        }
    }
}
