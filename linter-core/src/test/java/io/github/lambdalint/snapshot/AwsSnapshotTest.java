package io.github.lambdalint.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.parse.Position;

class AwsSnapshotTest {

    private static final Path LANDING_ZONE = Path.of("..", "testdata", "snapshots", "landing-zone-eu-west-1");
    private static final Path PAYMENTS = Path.of("..", "testdata", "snapshots", "payments-eu-central-1");
    private static final Path DATABASES = Path.of("..", "testdata", "snapshots", "databases-eu-west-1");

    @TempDir
    Path folder;

    @Test
    void readsTheLandingZoneWithItsPagesMergedAndItsRegion() throws Exception {
        AwsSnapshot snapshot = AwsSnapshot.read(LANDING_ZONE, "snap");

        assertThat(snapshot.region()).contains("eu-west-1");
        // subnets-1.json holds four, subnets-2.json three (a dump paginated with --max-items 4)
        assertThat(snapshot.subnets()).hasSize(7);
        assertThat(snapshot.subnets().get("subnet-01a2b3c4d5e6f7a08").place())
                .isEqualTo(new SnapshotPlace("snap/subnets-2.json", new Position(61, 9)));
        assertThat(snapshot.routeTables()).hasSize(6);
        assertThat(snapshot.natGateways().get("nat-0c7d6e5f4a3b2c503").isPrivate()).isTrue();
        assertThat(snapshot.natGateways().get("nat-0a9b8c7d6e5f4a301").isPrivate()).isFalse();
        assertThat(snapshot.vpcEndpoints()).extracting(AwsSnapshot.VpcEndpoint::type)
                .containsExactly("Gateway", "Interface");
        assertThat(snapshot.ignored()).contains("snap/vpcs.json: Vpcs is recognised but not used yet");
    }

    @Test
    void exportsComeFromListExportsAndFromStackOutputsWithAnExportName() throws Exception {
        AwsSnapshot snapshot = AwsSnapshot.read(LANDING_ZONE, "snap");

        assertThat(snapshot.exports().get("landing-zone-IsolatedSubnetA"))
                .isEqualTo(new AwsSnapshot.Export("landing-zone-IsolatedSubnetA", "subnet-0e5b7d9c2f4a6e805",
                        new SnapshotPlace("snap/exports.json", new Position(3, 9))));
        assertThat(snapshot.exports().get("landing-zone-IsolatedSubnetB").value()).isEqualTo("subnet-0f6a8c1d3e5b7f906");
        AwsSnapshot.DeployedStack network = snapshot.stacks().get("landing-zone-network");
        assertThat(network.outputs().get("VpcId").value()).isEqualTo("vpc-0c2f5e8a1b3d4f607");
        assertThat(snapshot.exports()).doesNotContainKey("VpcId");
        // an SSM parameter type prints the parameter's name and, resolved, the value the template saw
        assertThat(network.parameters().get("LatestAmiId").value()).isEqualTo("ami-0b9c8d7e6f5a4b321");
        assertThat(network.parameters().get("VpcCidr").value()).isEqualTo("10.40.0.0/16");
    }

    @Test
    void theAccountLimitGivesTheConcurrencyQuota() throws Exception {
        write("account-settings.json", "{\"AccountLimit\": {\"ConcurrentExecutions\": 3000,"
                + " \"UnreservedConcurrentExecutions\": 2400}, \"AccountUsage\": {\"FunctionCount\": 3}}");

        AwsSnapshot snapshot = AwsSnapshot.read(folder, "snap");

        assertThat(snapshot.accountLimit()).hasValueSatisfying(limit -> {
            assertThat(limit.concurrentExecutions()).isEqualTo(3000);
            assertThat(limit.unreservedConcurrentExecutions()).contains(2400L);
            assertThat(limit.place()).isEqualTo(new SnapshotPlace("snap/account-settings.json", new Position(1, 18)));
        });
        assertThat(snapshot.ignored()).containsExactly("snap/account-settings.json: top-level key AccountUsage is"
                + " not one lambda-lint reads");
    }

    @Test
    void anAccountLimitWithoutANumberNamesFileAndLine() throws IOException {
        write("account-settings.json", "{\n\"AccountLimit\": {\"ConcurrentExecutions\": \"1000\"}\n}");

        assertThat(problems()).containsExactly(
                "snap/account-settings.json:2:42: ConcurrentExecutions must be a whole number, not a string");
    }

    @Test
    void aSubnetUsesItsExplicitRouteTableElseTheMainTableOfItsVpc() throws Exception {
        AwsSnapshot snapshot = AwsSnapshot.read(LANDING_ZONE, "snap");

        assertThat(snapshot.routeTableOf(snapshot.subnets().get("subnet-0e5b7d9c2f4a6e805")))
                .map(t -> t.table().id() + " main=" + t.association().main())
                .contains("rtb-0555eee6666fff705 main=false");
        assertThat(snapshot.routeTableOf(snapshot.subnets().get("subnet-0f6a8c1d3e5b7f906")))
                .map(t -> t.table().id() + " main=" + t.association().main())
                .contains("rtb-0111aaa2222bbb301 main=true");
    }

    @Test
    void routesKeepTheFieldThatNamesTheirTarget() throws Exception {
        AwsSnapshot.RouteTable isolated = AwsSnapshot.read(LANDING_ZONE, "snap").routeTables()
                .get("rtb-0555eee6666fff705");

        assertThat(isolated.routes()).extracting(AwsSnapshot.Route::targets)
                .containsExactly(Map.of("GatewayId", "local"), Map.of("GatewayId", "vpce-0d1e2f3a4b5c6d701"));
        assertThat(isolated.routes().get(1).destinationPrefixListId()).contains("pl-6da54004");
    }

    @Test
    void unknownFilesAndKeysAreIgnoredAndListed() throws Exception {
        write("notes.txt", "not JSON at all {");
        write("functions.json", "{\"Functions\": []}");

        AwsSnapshot snapshot = AwsSnapshot.read(folder, "snap");

        assertThat(snapshot.subnets()).isEmpty();
        assertThat(snapshot.region()).isEmpty();
        assertThat(snapshot.ignored()).containsExactly("snap/functions.json: top-level key Functions is not one"
                + " lambda-lint reads", "snap/notes.txt: not a .json file");
    }

    @Test
    void invalidJsonNamesFileAndLine() throws IOException {
        write("subnets.json", "{\n  \"Subnets\": [\n    {\"SubnetId\": \"subnet-1\",,}\n  ]\n}\n");

        assertThatThrownBy(() -> AwsSnapshot.read(folder, "snap"))
                .isInstanceOf(SnapshotException.class)
                .hasMessageStartingWith("snap/subnets.json:3:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void securityGroupsKeepEveryPeerOfEveryPermission() throws Exception {
        AwsSnapshot snapshot = AwsSnapshot.read(PAYMENTS, "snap");

        AwsSnapshot.SecurityGroup database = snapshot.securityGroups().get("sg-0c4e6a8b0d2f4b603");
        assertThat(database.vpcId()).contains("vpc-0d4e6f8a0b2c4e619");
        assertThat(database.ingress()).singleElement().satisfies(p -> {
            assertThat(p.ipProtocol()).isEqualTo("tcp");
            assertThat(p.fromPort()).contains(5432L);
            assertThat(p.toPort()).contains(5432L);
            assertThat(p.peers()).extracting(AwsSnapshot.Peer::kind, AwsSnapshot.Peer::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(AwsSnapshot.PeerKind.GROUP, "sg-0a2c4e6f8b0d2f401"),
                    org.assertj.core.groups.Tuple.tuple(AwsSnapshot.PeerKind.GROUP, "sg-0b3d5f7a9c1e3a502"));
        });
        // the default egress rule is listed like any other: protocol -1, no ports
        assertThat(database.egress()).singleElement().satisfies(p -> {
            assertThat(p.ipProtocol()).isEqualTo("-1");
            assertThat(p.fromPort()).isEmpty();
        });
        assertThat(snapshot.subnets().get("subnet-0e9a1c3d5f7b9e105").cidrBlock()).contains("10.40.20.0/24");
        assertThat(snapshot.natGateways().get("nat-0d0e2f4a6b8c0d204").state()).contains("deleting");
    }

    @Test
    void aPortThatIsNotAWholeNumberNamesFileAndLine() throws IOException {
        write("security-groups.json", "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\", \"IpPermissions\": [\n"
                + "  {\"IpProtocol\": \"tcp\", \"FromPort\": \"5432\", \"ToPort\": 5432, \"IpRanges\": [{}]}]}]}\n");

        assertThat(problems()).containsExactly(
                "snap/security-groups.json:2:74: an item of SecurityGroups.IpPermissions.IpRanges has no CidrIp",
                "snap/security-groups.json:2:37: FromPort must be a whole number, not a string");
    }

    @Test
    void aGroupPairWithoutAnIdKeepsItsNameAndOneWithNeitherIsAMistake() throws Exception {
        write("security-groups.json", "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\", \"IpPermissions\": [\n"
                + "  {\"IpProtocol\": \"-1\", \"UserIdGroupPairs\": [{\"GroupName\": \"default\"}]}]}]}\n");
        assertThat(AwsSnapshot.read(folder, "snap").securityGroups().get("sg-1").ingress().get(0).peers())
                .extracting(AwsSnapshot.Peer::kind, AwsSnapshot.Peer::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AwsSnapshot.PeerKind.GROUP_NAME, "default"));

        write("security-groups.json", "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\", \"IpPermissions\": [\n"
                + "  {\"IpProtocol\": \"-1\", \"UserIdGroupPairs\": [{\"UserId\": \"111122223333\"}]}]}]}\n");
        assertThat(problems()).containsExactly("snap/security-groups.json:2:45: an item of UserIdGroupPairs names"
                + " neither GroupId nor GroupName");
    }

    @Test
    void aRouteThatNamesNoTargetNamesFileAndLine() throws IOException {
        write("route-tables.json", "{\"RouteTables\": [{\"RouteTableId\": \"rtb-1\", \"VpcId\": \"vpc-1\",\n"
                + "  \"Routes\": [{\"DestinationCidrBlock\": \"0.0.0.0/0\", \"State\": \"active\"}]}]}\n");

        assertThat(problems()).containsExactly(
                "snap/route-tables.json:2:14: a route names no target (NatGatewayId, GatewayId,"
                        + " TransitGatewayId, ...)");
    }

    @Test
    void aKnownKeyWithTheWrongShapeNamesFileAndLine() throws IOException {
        write("route-tables.json", "{\n  \"RouteTables\": {\"RouteTableId\": \"rtb-1\"}\n}\n");
        write("subnets.json", "{\"Subnets\": [\n {\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\"}\n]}\n");

        assertThat(problems()).containsExactly(
                "snap/route-tables.json:2:18: RouteTables must be a list of objects, not a mapping",
                "snap/subnets.json:2:2: an item of Subnets has no AvailabilityZone");
    }

    @Test
    void aSnapshotOfTwoRegionsIsRefused() throws IOException {
        write("subnets.json", "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\","
                + " \"AvailabilityZone\": \"eu-west-1a\"}, {\"SubnetId\": \"subnet-2\", \"VpcId\": \"vpc-2\","
                + " \"AvailabilityZone\": \"us-east-1b\"}]}");

        assertThatThrownBy(() -> AwsSnapshot.read(folder, "snap"))
                .isInstanceOf(SnapshotException.class)
                .hasMessage("snap: the snapshot mixes regions eu-west-1 and us-east-1; keep one folder per region");
    }

    @Test
    void readsProxiesDatabasesAndCachesWithTheirAddresses() throws Exception {
        AwsSnapshot.DataStores stores = AwsSnapshot.read(DATABASES, "snap").dataStores();

        AwsSnapshot.DbProxy proxy = stores.proxies().get("orders-proxy");
        assertThat(proxy.vpcId()).contains("vpc-0d4e5f6a7b8c90002");
        assertThat(proxy.subnetIds()).containsExactly("subnet-0c9a3d4e5f6a7b803", "subnet-0d1b4e5f6a7b8c904");
        assertThat(proxy.securityGroupIds()).containsExactly("sg-0e1f2a3b4c5d6e7f8");
        assertThat(proxy.requireTls()).isTrue();
        assertThat(proxy.place()).isEqualTo(new SnapshotPlace("snap/db-proxies.json", new Position(3, 9)));
        assertThat(stores.proxyEndpoints().get("orders-app-vpc").proxyName()).isEqualTo("orders-proxy");

        AwsSnapshot.DbInstance member = stores.instances().get("orders-aurora-1");
        assertThat(member.publiclyAccessible()).contains(false);
        assertThat(member.vpcId()).contains("vpc-0d4e5f6a7b8c90002");
        assertThat(member.subnetIds()).hasSize(2);
        assertThat(member.clusterId()).contains("orders-aurora");
        assertThat(stores.instances().get("legacy-db").publiclyAccessible()).contains(true);

        AwsSnapshot.DbCluster cluster = stores.clusters().get("orders-aurora");
        assertThat(cluster.addresses()).containsExactly("orders-aurora.cluster-c8example0ab.eu-west-1.rds.amazonaws.com",
                "orders-aurora.cluster-ro-c8example0ab.eu-west-1.rds.amazonaws.com");
        assertThat(cluster.members()).containsExactly("orders-aurora-1");
        assertThat(cluster.subnetGroup()).contains("data-db-subnets");
        assertThat(cluster.iamAuthentication()).isTrue();

        assertThat(stores.cacheClusters().get("sessions-0001-001").addresses())
                .containsExactly("sessions-0001-001.sessions.x1example.euw1.cache.amazonaws.com");
        assertThat(stores.replicationGroups().get("sessions").addresses()).containsExactly(
                "master.sessions.x1example.euw1.cache.amazonaws.com",
                "replica.sessions.x1example.euw1.cache.amazonaws.com",
                "sessions-0001-001.sessions.x1example.euw1.cache.amazonaws.com");
    }

    @Test
    void aResourceIsFoundByItsAddressAProxyBeforeItsEndpoints() throws Exception {
        AwsSnapshot.DataStores stores = AwsSnapshot.read(DATABASES, "snap").dataStores();

        assertThat(stores.byAddress("ORDERS-PROXY.proxy-c8example0ab.eu-west-1.rds.amazonaws.com"))
                .containsInstanceOf(AwsSnapshot.DbProxy.class);
        assertThat(stores.byAddress("orders-aurora.cluster-ro-c8example0ab.eu-west-1.rds.amazonaws.com"))
                .map(AwsSnapshot.DataStore::id).contains("orders-aurora");
        assertThat(stores.byAddress("master.sessions.x1example.euw1.cache.amazonaws.com"))
                .map(AwsSnapshot.DataStore::id).contains("sessions");
        assertThat(stores.byAddress("other.proxy-c8example0ab.eu-west-1.rds.amazonaws.com")).isEmpty();
        assertThat(stores.membersOf("orders-aurora")).extracting(AwsSnapshot.DbInstance::id)
                .containsExactly("orders-aurora-1");
    }

    @Test
    void aDatabaseItemWithTheWrongShapeNamesFileAndLine() throws IOException {
        write("db-instances.json", "{\"DBInstances\": [\n {\"DBInstanceIdentifier\": \"db-1\",\n"
                + "  \"Endpoint\": \"db-1.example\", \"PubliclyAccessible\": \"no\"}\n]}\n");
        write("db-proxies.json", "{\"DBProxies\": [{\"Endpoint\": \"p.proxy-1.eu-west-1.rds.amazonaws.com\"}]}\n");

        assertThatThrownBy(() -> AwsSnapshot.read(folder, "snap"))
                .isInstanceOf(SnapshotException.class)
                .satisfies(e -> assertThat(((SnapshotException) e).problems()).containsExactly(
                        "snap/db-instances.json:3:15: Endpoint must be an object, not a string",
                        "snap/db-instances.json:3:53: PubliclyAccessible must be true or false, not a string",
                        "snap/db-proxies.json:1:16: an item of DBProxies has no DBProxyName"));
    }

    @Test
    void aFolderThatIsNotThereIsAnError() {
        assertThatThrownBy(() -> AwsSnapshot.read(folder.resolve("missing"), "missing"))
                .isInstanceOf(SnapshotException.class)
                .hasMessage("missing: the AWS snapshot is not a folder");
    }

    /** The mistakes reading the folder reports; it must report some. */
    private List<String> problems() {
        try {
            AwsSnapshot.read(folder, "snap");
        } catch (SnapshotException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the snapshot was read without a mistake");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

}
