package io.github.lambdalint.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.TemplateParser;

/**
 * Reads the JSON files of a snapshot folder with the template parser (so every fact keeps its
 * line) and checks each known top-level key's shape; a mistake names file and line.
 */
final class SnapshotReader {

    /** The text fields of an EC2 API {@code Route} that do not name its target. */
    private static final Set<String> ROUTE_FACTS = Set.of("DestinationCidrBlock", "DestinationIpv6CidrBlock",
            "DestinationPrefixListId", "InstanceOwnerId", "Origin", "State");

    private final Path directory;
    private final String shown;
    private final List<String> problems = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final Map<String, AwsSnapshot.Subnet> subnets = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.RouteTable> routeTables = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.NatGateway> natGateways = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.VpcEndpoint> vpcEndpoints = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.SecurityGroup> securityGroups = new LinkedHashMap<>();
    private final Set<String> regions = new TreeSet<>();
    private final Map<String, AwsSnapshot.Export> exports = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.DeployedStack> stacks = new LinkedHashMap<>();
    private AwsSnapshot.AccountLimit accountLimit;
    private final Map<String, AwsSnapshot.DbProxy> proxies = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.DbProxyEndpoint> proxyEndpoints = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.DbInstance> instances = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.DbCluster> clusters = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.CacheCluster> cacheClusters = new LinkedHashMap<>();
    private final Map<String, AwsSnapshot.ReplicationGroup> replicationGroups = new LinkedHashMap<>();

    SnapshotReader(Path directory, String shown) {
        this.directory = directory;
        this.shown = shown;
    }

    AwsSnapshot read() throws IOException, SnapshotException {
        if (!Files.isDirectory(directory)) {
            throw new SnapshotException(List.of(shown + ": the AWS snapshot is not a folder"));
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = shown + "/" + file.getFileName();
            if (!file.getFileName().toString().endsWith(".json")) {
                ignored.add(name + ": not a .json file");
                continue;
            }
            readFile(Files.readAllBytes(file), name);
        }
        if (regions.size() > 1) {
            problems.add(shown + ": the snapshot mixes regions " + String.join(" and ", regions)
                    + "; keep one folder per region");
        }
        if (!problems.isEmpty()) {
            throw new SnapshotException(problems);
        }
        return new AwsSnapshot(shown, regions.stream().findFirst(), subnets, routeTables, natGateways,
                List.copyOf(vpcEndpoints.values()), securityGroups, ignored, new AwsSnapshot.DataStores(proxies,
                proxyEndpoints, instances, clusters, cacheClusters, replicationGroups), exports, stacks,
                Optional.ofNullable(accountLimit));
    }

    private void readFile(byte[] bytes, String file) {
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(bytes);
        if (!parsed.problems().isEmpty()) {
            parsed.problems().forEach(p -> problems.add(file + ":" + p.position() + ": not valid JSON: " + p.message()));
            return;
        }
        if (parsed.root().isEmpty() || !(parsed.root().get() instanceof MapNode root)) {
            problems.add(file + ":1:1: not AWS CLI output: the top level is not a JSON object");
            return;
        }
        for (MapNode.Entry entry : root.entries()) {
            String key = entry.name();
            if (key.equals("NextToken")) {
                continue; // a page of a paginated dump: the other pages are other files
            }
            Optional<SnapshotSource> source = SnapshotSource.byKey(key);
            if (source.isEmpty()) {
                ignored.add(file + ": top-level key " + key + " is not one lambda-lint reads");
                continue;
            }
            if (source.get().isObject()) {
                if (!(entry.value() instanceof MapNode object)) {
                    wrongShape(file, entry.value(), key + " must be an object");
                } else if (source.get() == SnapshotSource.ACCOUNT_LIMIT) {
                    accountLimit(new Fields(object, key, file));
                } else {
                    ignored.add(file + ": " + key + " is recognised but not used yet");
                }
                continue;
            }
            if (!(entry.value() instanceof ListNode list)) {
                wrongShape(file, entry.value(), key + " must be a list of objects");
                continue;
            }
            if (!source.get().used()) {
                list.items().stream().filter(i -> !(i instanceof MapNode)).findFirst()
                        .ifPresent(item -> wrongShape(file, item, "an item of " + key + " must be an object"));
                ignored.add(file + ": " + key + " is recognised but not used yet");
                continue;
            }
            for (Node item : list.items()) {
                if (!(item instanceof MapNode object)) {
                    wrongShape(file, item, "an item of " + key + " must be an object");
                    continue;
                }
                Fields fields = new Fields(object, key, file);
                switch (source.get()) {
                    case SUBNETS -> subnet(fields);
                    case ROUTE_TABLES -> routeTable(fields);
                    case NAT_GATEWAYS -> natGateway(fields);
                    case VPC_ENDPOINTS -> vpcEndpoint(fields);
                    case EXPORTS -> export(fields);
                    case STACKS -> stack(fields);
                    case SECURITY_GROUPS -> securityGroup(fields);
                    case DB_PROXIES -> dbProxy(fields);
                    case DB_PROXY_ENDPOINTS -> dbProxyEndpoint(fields);
                    case DB_INSTANCES -> dbInstance(fields);
                    case DB_CLUSTERS -> dbCluster(fields);
                    case CACHE_CLUSTERS -> cacheCluster(fields);
                    case REPLICATION_GROUPS -> replicationGroup(fields);
                    default -> throw new IllegalStateException(key + " is marked used but has no reader");
                }
            }
        }
    }

    private void subnet(Fields item) {
        Optional<String> id = item.required("SubnetId");
        Optional<String> vpc = item.required("VpcId");
        Optional<String> zone = item.required("AvailabilityZone");
        Optional<String> arn = item.optional("SubnetArn");
        if (id.isEmpty() || vpc.isEmpty() || zone.isEmpty()) {
            return;
        }
        // arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0a1...; without an ARN, the zone less its letter
        Optional<String> region = arn.map(a -> a.split(":", -1)).filter(parts -> parts.length > 3)
                .map(parts -> parts[3]).filter(r -> !r.isEmpty())
                .or(() -> Optional.of(zone.get().replaceFirst("[a-z]$", "")));
        region.ifPresent(regions::add);
        subnets.putIfAbsent(id.get(), new AwsSnapshot.Subnet(id.get(), vpc.get(), zone.get(),
                item.optional("CidrBlock"), item.place()));
    }

    private void routeTable(Fields item) {
        Optional<String> id = item.required("RouteTableId");
        Optional<String> vpc = item.required("VpcId");
        List<AwsSnapshot.Association> associations = new ArrayList<>();
        for (Fields association : item.objects("Associations")) {
            associations.add(new AwsSnapshot.Association(association.optional("SubnetId"),
                    association.flag("Main"), association.place()));
        }
        List<AwsSnapshot.Route> routes = new ArrayList<>();
        for (Fields route : item.objects("Routes")) {
            Map<String, String> targets = route.texts(name -> !ROUTE_FACTS.contains(name));
            if (targets.isEmpty()) {
                route.problem("a route names no target (NatGatewayId, GatewayId, TransitGatewayId, ...)");
                continue;
            }
            routes.add(new AwsSnapshot.Route(route.optional("DestinationCidrBlock"),
                    route.optional("DestinationIpv6CidrBlock"), route.optional("DestinationPrefixListId"),
                    targets, route.optional("State"), route.place()));
        }
        if (id.isPresent() && vpc.isPresent()) {
            routeTables.putIfAbsent(id.get(), new AwsSnapshot.RouteTable(id.get(), vpc.get(), associations, routes,
                    item.place()));
        }
    }

    private void natGateway(Fields item) {
        Optional<String> id = item.required("NatGatewayId");
        Optional<String> subnet = item.required("SubnetId");
        // ConnectivityType is absent in outputs older than private NAT gateways: those were all public
        boolean isPrivate = item.optional("ConnectivityType").filter("private"::equals).isPresent();
        if (id.isPresent() && subnet.isPresent()) {
            natGateways.putIfAbsent(id.get(), new AwsSnapshot.NatGateway(id.get(), subnet.get(), isPrivate,
                    item.optional("State"), item.place()));
        }
    }

    private void vpcEndpoint(Fields item) {
        Optional<String> id = item.required("VpcEndpointId");
        Optional<String> vpc = item.required("VpcId");
        Optional<String> service = item.required("ServiceName");
        Optional<String> type = item.required("VpcEndpointType");
        List<String> tables = item.strings("RouteTableIds");
        boolean privateDns = item.flag("PrivateDnsEnabled");
        if (id.isPresent() && vpc.isPresent() && service.isPresent() && type.isPresent()) {
            vpcEndpoints.putIfAbsent(id.get(), new AwsSnapshot.VpcEndpoint(id.get(), vpc.get(), service.get(),
                    type.get(), tables, privateDns, item.place()));
        }
    }

    private void securityGroup(Fields item) {
        Optional<String> id = item.required("GroupId");
        List<AwsSnapshot.Permission> ingress = item.objects("IpPermissions").stream().map(this::permission)
                .flatMap(Optional::stream).toList();
        List<AwsSnapshot.Permission> egress = item.objects("IpPermissionsEgress").stream().map(this::permission)
                .flatMap(Optional::stream).toList();
        id.ifPresent(group -> securityGroups.putIfAbsent(group, new AwsSnapshot.SecurityGroup(group,
                item.optional("VpcId"), ingress, egress, item.place())));
    }

    private Optional<AwsSnapshot.Permission> permission(Fields item) {
        Optional<String> protocol = item.required("IpProtocol");
        List<AwsSnapshot.Peer> peers = new ArrayList<>();
        peers(item, "IpRanges", "CidrIp", AwsSnapshot.PeerKind.CIDR_IPV4, peers);
        peers(item, "Ipv6Ranges", "CidrIpv6", AwsSnapshot.PeerKind.CIDR_IPV6, peers);
        peers(item, "PrefixListIds", "PrefixListId", AwsSnapshot.PeerKind.PREFIX_LIST, peers);
        for (Fields pair : item.objects("UserIdGroupPairs")) {
            // a pair names its group by id; only a group of a default VPC may be named by GroupName alone
            Optional<String> group = pair.optional("GroupId");
            Optional<String> name = pair.optional("GroupName");
            if (group.isPresent()) {
                peers.add(new AwsSnapshot.Peer(AwsSnapshot.PeerKind.GROUP, group.get(), pair.place()));
            } else if (name.isPresent()) {
                peers.add(new AwsSnapshot.Peer(AwsSnapshot.PeerKind.GROUP_NAME, name.get(), pair.place()));
            } else {
                pair.problem("an item of UserIdGroupPairs names neither GroupId nor GroupName");
            }
        }
        Optional<Long> from = item.integer("FromPort");
        Optional<Long> to = item.integer("ToPort");
        return protocol.map(p -> new AwsSnapshot.Permission(p, from, to, peers, item.place()));
    }

    private static void peers(Fields permission, String list, String field, AwsSnapshot.PeerKind kind,
                              List<AwsSnapshot.Peer> into) {
        for (Fields peer : permission.objects(list)) {
            peer.required(field).ifPresent(value -> into.add(new AwsSnapshot.Peer(kind, value, peer.place())));
        }
    }

    /** An item of list-exports: arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/ID in ExportingStackId. */
    private void export(Fields item) {
        Optional<String> name = item.required("Name");
        Optional<String> value = item.required("Value");
        item.optional("ExportingStackId").flatMap(SnapshotReader::regionOfArn).ifPresent(regions::add);
        if (name.isPresent() && value.isPresent()) {
            exports.putIfAbsent(name.get(), new AwsSnapshot.Export(name.get(), value.get(), item.place()));
        }
    }

    /** An item of describe-stacks: its Outputs (an output with ExportName is an export too) and Parameters. */
    private void stack(Fields item) {
        Optional<String> name = item.required("StackName");
        item.optional("StackId").flatMap(SnapshotReader::regionOfArn).ifPresent(regions::add);
        Map<String, AwsSnapshot.StackValue> outputs = new LinkedHashMap<>();
        for (Fields output : item.objects("Outputs")) {
            Optional<String> key = output.required("OutputKey");
            Optional<String> value = output.required("OutputValue");
            if (key.isPresent() && value.isPresent()) {
                outputs.putIfAbsent(key.get(), new AwsSnapshot.StackValue(key.get(), value.get(), output.place()));
                output.optional("ExportName").ifPresent(export -> exports.putIfAbsent(export,
                        new AwsSnapshot.Export(export, value.get(), output.place())));
            }
        }
        Map<String, AwsSnapshot.StackValue> parameters = new LinkedHashMap<>();
        for (Fields parameter : item.objects("Parameters")) {
            Optional<String> key = parameter.required("ParameterKey");
            // NoEcho parameters print as ****; a parameter that reuses its value may print no value at all
            Optional<String> value = parameter.optional("ResolvedValue").or(() -> parameter.optional("ParameterValue"));
            if (key.isPresent() && value.isPresent() && !value.get().equals("****")) {
                parameters.putIfAbsent(key.get(), new AwsSnapshot.StackValue(key.get(), value.get(),
                        parameter.place()));
            }
        }
        if (name.isPresent()) {
            stacks.putIfAbsent(name.get(), new AwsSnapshot.DeployedStack(name.get(), outputs, parameters,
                    item.place()));
        }
    }

    private void accountLimit(Fields item) {
        Optional<Long> concurrent = item.integer("ConcurrentExecutions");
        if (concurrent.isEmpty()) {
            item.missing("ConcurrentExecutions");
            return;
        }
        if (accountLimit == null) {
            accountLimit = new AwsSnapshot.AccountLimit(concurrent.get(), item.integer("UnreservedConcurrentExecutions"),
                    item.place());
        }
    }

    private static Optional<String> regionOfArn(String arn) {
        String[] parts = arn.split(":", -1);
        return parts.length > 3 && !parts[3].isEmpty() ? Optional.of(parts[3]) : Optional.empty();
    }

    private void dbProxy(Fields item) {
        Optional<String> name = item.required("DBProxyName");
        Optional<String> endpoint = item.optional("Endpoint");
        Optional<String> vpc = item.optional("VpcId");
        List<String> subnets = item.strings("VpcSubnetIds");
        List<String> groups = item.strings("VpcSecurityGroupIds");
        Optional<String> family = item.optional("EngineFamily");
        boolean tls = item.flag("RequireTLS");
        name.ifPresent(n -> proxies.putIfAbsent(n, new AwsSnapshot.DbProxy(n, endpoint, vpc, subnets, groups, family,
                tls, item.place())));
    }

    private void dbProxyEndpoint(Fields item) {
        Optional<String> name = item.required("DBProxyEndpointName");
        Optional<String> proxy = item.required("DBProxyName");
        Optional<String> endpoint = item.optional("Endpoint");
        Optional<String> vpc = item.optional("VpcId");
        List<String> subnets = item.strings("VpcSubnetIds");
        List<String> groups = item.strings("VpcSecurityGroupIds");
        if (name.isPresent() && proxy.isPresent()) {
            proxyEndpoints.putIfAbsent(name.get(), new AwsSnapshot.DbProxyEndpoint(name.get(), proxy.get(), endpoint,
                    vpc, subnets, groups, item.place()));
        }
    }

    private void dbInstance(Fields item) {
        Optional<String> id = item.required("DBInstanceIdentifier");
        Optional<String> address = item.address("Endpoint");
        Optional<Boolean> publiclyAccessible = item.optionalFlag("PubliclyAccessible");
        Optional<Fields> group = item.object("DBSubnetGroup");
        Optional<String> vpc = group.flatMap(g -> g.optional("VpcId"));
        List<String> subnets = group.map(g -> g.objects("Subnets").stream()
                .flatMap(s -> s.optional("SubnetIdentifier").stream()).toList()).orElse(List.of());
        List<String> groups = securityGroups(item, "VpcSecurityGroups", "VpcSecurityGroupId");
        Optional<String> cluster = item.optional("DBClusterIdentifier");
        Optional<String> engine = item.optional("Engine");
        boolean iam = item.flag("IAMDatabaseAuthenticationEnabled");
        id.ifPresent(i -> instances.putIfAbsent(i, new AwsSnapshot.DbInstance(i, address, publiclyAccessible, vpc,
                subnets, groups, cluster, engine, iam, item.place())));
    }

    private void dbCluster(Fields item) {
        Optional<String> id = item.required("DBClusterIdentifier");
        List<String> addresses = new ArrayList<>();
        item.optional("Endpoint").ifPresent(addresses::add);
        item.optional("ReaderEndpoint").ifPresent(addresses::add);
        addresses.addAll(item.strings("CustomEndpoints"));
        Optional<String> engine = item.optional("Engine");
        Optional<String> mode = item.optional("EngineMode");
        Optional<Boolean> publiclyAccessible = item.optionalFlag("PubliclyAccessible");
        Optional<String> subnetGroup = item.optional("DBSubnetGroup");
        List<String> groups = securityGroups(item, "VpcSecurityGroups", "VpcSecurityGroupId");
        List<String> members = item.objects("DBClusterMembers").stream()
                .flatMap(m -> m.optional("DBInstanceIdentifier").stream()).toList();
        boolean iam = item.flag("IAMDatabaseAuthenticationEnabled");
        id.ifPresent(i -> clusters.putIfAbsent(i, new AwsSnapshot.DbCluster(i, addresses, engine, mode,
                publiclyAccessible, subnetGroup, groups, members, iam, item.place())));
    }

    private void cacheCluster(Fields item) {
        Optional<String> id = item.required("CacheClusterId");
        List<String> addresses = new ArrayList<>();
        item.address("ConfigurationEndpoint").ifPresent(addresses::add);
        for (Fields node : item.objects("CacheNodes")) {
            node.address("Endpoint").ifPresent(addresses::add);
        }
        Optional<String> engine = item.optional("Engine");
        Optional<String> subnetGroup = item.optional("CacheSubnetGroupName");
        List<String> groups = securityGroups(item, "SecurityGroups", "SecurityGroupId");
        Optional<String> replicationGroup = item.optional("ReplicationGroupId");
        id.ifPresent(i -> cacheClusters.putIfAbsent(i, new AwsSnapshot.CacheCluster(i, addresses, engine, subnetGroup,
                groups, replicationGroup, item.place())));
    }

    private void replicationGroup(Fields item) {
        Optional<String> id = item.required("ReplicationGroupId");
        List<String> addresses = new ArrayList<>();
        item.address("ConfigurationEndpoint").ifPresent(addresses::add);
        for (Fields group : item.objects("NodeGroups")) {
            for (String endpoint : List.of("PrimaryEndpoint", "ReaderEndpoint")) {
                group.address(endpoint).ifPresent(addresses::add);
            }
            for (Fields member : group.objects("NodeGroupMembers")) {
                member.address("ReadEndpoint").ifPresent(addresses::add);
            }
        }
        List<String> members = item.strings("MemberClusters");
        id.ifPresent(i -> replicationGroups.putIfAbsent(i, new AwsSnapshot.ReplicationGroup(i, addresses, members,
                item.place())));
    }

    /** The ids of a list of security group memberships ({@code [{"VpcSecurityGroupId": ...}]}). */
    private static List<String> securityGroups(Fields item, String field, String idField) {
        return item.objects(field).stream().flatMap(g -> g.optional(idField).stream()).toList();
    }

    private void wrongShape(String file, Node node, String message) {
        problems.add(file + ":" + node.position() + ": " + message + ", not " + node.kindName());
    }

    /** The fields of one object of the output, reporting a missing or mistyped one with its place. */
    private final class Fields {
        private final MapNode object;
        private final String key;
        private final String file;
        private final boolean topLevelObject;

        Fields(MapNode object, String key, String file) {
            this.object = object;
            this.key = key;
            this.file = file;
            this.topLevelObject = SnapshotSource.byKey(key).filter(SnapshotSource::isObject).isPresent();
        }

        SnapshotPlace place() {
            return new SnapshotPlace(file, object.position());
        }

        void problem(String message) {
            problems.add(file + ":" + object.position() + ": " + message);
        }

        Optional<String> required(String field) {
            Optional<String> value = optional(field);
            if (value.isEmpty()) {
                missing(field);
            }
            return value;
        }

        /** A field the object must have; one that is there with the wrong shape was reported already. */
        void missing(String field) {
            if (object.get(field).isEmpty()) {
                problem((topLevelObject ? key : "an item of " + key) + " has no " + field);
            }
        }

        Optional<String> optional(String field) {
            return scalar(field, ScalarNode.ScalarType.STRING, "a string").map(ScalarNode::text);
        }

        /** A whole number that fits a long ({@code FromPort}); anything else is a mistake. */
        Optional<Long> integer(String field) {
            return scalar(field, ScalarNode.ScalarType.INTEGER, "a whole number")
                    .filter(scalar -> scalar.text().matches("-?\\d{1,18}"))
                    .map(scalar -> Long.parseLong(scalar.text()));
        }

        /** The field's value when it is a scalar of {@code type}; absent or null is empty, another shape a mistake. */
        private Optional<ScalarNode> scalar(String field, ScalarNode.ScalarType type, String what) {
            Optional<Node> value = object.get(field);
            if (value.isEmpty() || value.get() instanceof ScalarNode scalar && scalar.isNull()) {
                return Optional.empty();
            }
            if (value.get() instanceof ScalarNode scalar && scalar.type() == type) {
                return Optional.of(scalar);
            }
            wrongShape(file, value.get(), field + " must be " + what);
            return Optional.empty();
        }

        /** The fields whose names pass {@code wanted} and whose values are text, by name. */
        Map<String, String> texts(Predicate<String> wanted) {
            Map<String, String> found = new LinkedHashMap<>();
            for (MapNode.Entry entry : object.entries()) {
                if (wanted.test(entry.name()) && entry.value() instanceof ScalarNode scalar
                        && scalar.type() == ScalarNode.ScalarType.STRING) {
                    found.put(entry.name(), scalar.text());
                }
            }
            return found;
        }

        boolean flag(String field) {
            Optional<Node> value = object.get(field);
            if (value.isEmpty()) {
                return false;
            }
            if (value.get() instanceof ScalarNode scalar && scalar.type() == ScalarNode.ScalarType.BOOLEAN) {
                return Boolean.parseBoolean(scalar.text());
            }
            wrongShape(file, value.get(), field + " must be true or false");
            return false;
        }

        Optional<Boolean> optionalFlag(String field) {
            return object.get(field).isEmpty() ? Optional.empty() : Optional.of(flag(field));
        }

        /** The {@code Address} of a nested endpoint object ({@code "Endpoint": {"Address": ..., "Port": ...}}). */
        Optional<String> address(String field) {
            return object(field).flatMap(endpoint -> endpoint.optional("Address"));
        }

        /** A nested object, such as an {@code Endpoint} with its {@code Address}. */
        Optional<Fields> object(String field) {
            Optional<Node> value = object.get(field);
            if (value.isEmpty() || value.get() instanceof ScalarNode scalar && scalar.isNull()) {
                return Optional.empty();
            }
            if (value.get() instanceof MapNode map) {
                return Optional.of(new Fields(map, key + "." + field, file));
            }
            wrongShape(file, value.get(), field + " must be an object");
            return Optional.empty();
        }

        List<Fields> objects(String field) {
            List<Fields> found = new ArrayList<>();
            for (Node item : list(field)) {
                if (item instanceof MapNode map) {
                    found.add(new Fields(map, key + "." + field, file));
                } else {
                    wrongShape(file, item, "an item of " + field + " must be an object");
                }
            }
            return found;
        }

        List<String> strings(String field) {
            List<String> found = new ArrayList<>();
            for (Node item : list(field)) {
                if (item instanceof ScalarNode scalar && scalar.type() == ScalarNode.ScalarType.STRING) {
                    found.add(scalar.text());
                } else {
                    wrongShape(file, item, "an item of " + field + " must be a string");
                }
            }
            return found;
        }

        private List<Node> list(String field) {
            Optional<Node> value = object.get(field);
            if (value.isEmpty()) {
                return List.of();
            }
            if (value.get() instanceof ListNode list) {
                return list.items();
            }
            wrongShape(file, value.get(), field + " must be a list");
            return List.of();
        }
    }
}
