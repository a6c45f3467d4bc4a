package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.Route;
import io.github.lambdalint.model.network.RouteTable;
import io.github.lambdalint.model.network.RouteTarget;
import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.snapshot.AwsSnapshot;
import io.github.lambdalint.snapshot.SnapshotException;

/** The snapshot's network becomes the model values a template gives, and one analysis answers for both. */
class SnapshotNetworkReaderTest {

    private static final String SUBNETS = """
            {"Subnets": [
              {"SubnetId": "subnet-0a1", "VpcId": "vpc-1", "AvailabilityZone": "eu-west-1a", "CidrBlock": "10.0.1.0/24"},
              {"SubnetId": "subnet-0b2", "VpcId": "vpc-1", "AvailabilityZone": "eu-west-1b"},
              {"SubnetId": "subnet-0c3", "VpcId": "vpc-1", "AvailabilityZone": "eu-west-1c"}
            ]}
            """;
    private static final String ROUTE_TABLES = """
            {"RouteTables": [
              {"RouteTableId": "rtb-main", "VpcId": "vpc-1",
               "Associations": [{"Main": true, "RouteTableId": "rtb-main"}],
               "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"},
                          {"DestinationCidrBlock": "0.0.0.0/0", "InstanceId": "i-0nat", "InstanceOwnerId": "1",
                           "NetworkInterfaceId": "eni-0nat", "State": "active"}]},
              {"RouteTableId": "rtb-ipv6", "VpcId": "vpc-1",
               "Associations": [{"Main": false, "SubnetId": "subnet-0a1", "RouteTableId": "rtb-ipv6"}],
               "Routes": [{"DestinationIpv6CidrBlock": "::/0", "EgressOnlyInternetGatewayId": "eigw-0e1",
                           "State": "active"}]},
              {"RouteTableId": "rtb-gone", "VpcId": "vpc-1",
               "Associations": [{"Main": false, "SubnetId": "subnet-0b2", "RouteTableId": "rtb-gone"}],
               "Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "nat-0gone", "State": "active"}]}
            ]}
            """;
    private static final String NAT_GATEWAYS = """
            {"NatGateways": [{"NatGatewayId": "nat-0gone", "SubnetId": "subnet-0a1", "State": "failed"}]}
            """;

    @TempDir
    Path folder;

    @Test
    void anEgressOnlyRouteIsTheModelValueATemplateRouteGives() throws Exception {
        Network snapshot = read();
        Route fromSnapshot = snapshot.routeTables().get("rtb-ipv6").routes().get(0);
        Route inTemplate = Models.inline("""
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
                  Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
                  Ipv6Out:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref Table
                      DestinationIpv6CidrBlock: ::/0
                      EgressOnlyInternetGatewayId: eigw-0e1
                """).network().routeTables().get("Table").routes().get(0);

        assertThat(fromSnapshot.target()).isEqualTo(RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY)
                .isEqualTo(inTemplate.target());
        assertThat(fromSnapshot.destination().asText()).contains("::/0").isEqualTo(inTemplate.destination().asText());
        assertThat(fromSnapshot.targetRef().asText()).contains("eigw-0e1").isEqualTo(inTemplate.targetRef().asText());
        assertThat(fromSnapshot.file()).contains("snap/route-tables.json");
        assertThat(inTemplate.file()).isEmpty();
    }

    @Test
    void aRouteToANatInstanceIsTheInstanceNotItsNetworkInterface() throws Exception {
        RouteTable main = read().routeTables().get("rtb-main");

        assertThat(main.routes()).extracting(Route::target)
                .containsExactly(RouteTarget.UNKNOWN, RouteTarget.NAT_INSTANCE);
    }

    @Test
    void aSubnetWithoutAssociationUsesTheMainTableOfItsVpc() throws Exception {
        SubnetEgress egress = egressOf("subnet-0c3");

        assertThat(egress.kind()).isEqualTo(SubnetEgress.Kind.NAT);
        assertThat(egress.evidence().get(0).description())
                .isEqualTo("subnet subnet-0c3 uses route table rtb-main, the main route table of its VPC"
                        + " (no table is associated with the subnet)");
        assertThat(egress.evidence().get(0).position()).isEqualTo(new Position(3, 21)); // the "Main": true association;
    }

    @Test
    void aNatGatewayThatFailedGivesNoEgress() throws Exception {
        SubnetEgress egress = egressOf("subnet-0b2");

        assertThat(egress.kind()).isEqualTo(SubnetEgress.Kind.NONE);
        assertThat(egress.summary()).endsWith("which could not be created (State: failed)");
        assertThat(egress.evidence()).last().satisfies(e -> assertThat(e.file()).contains("snap/nat-gateways.json"));
    }

    @Test
    void theRouteTargetTableTellsGatewaysApartByTheirIds() {
        assertThat(RouteTarget.of("GatewayId", Optional.of("igw-1"))).isEqualTo(RouteTarget.INTERNET_GATEWAY);
        assertThat(RouteTarget.of("GatewayId", Optional.of("vgw-1"))).isEqualTo(RouteTarget.VIRTUAL_PRIVATE_GATEWAY);
        assertThat(RouteTarget.of("GatewayId", Optional.of("vpce-1")))
                .isEqualTo(RouteTarget.GATEWAY_LOAD_BALANCER_ENDPOINT);
        assertThat(RouteTarget.of("GatewayId", Optional.of("local"))).isEqualTo(RouteTarget.UNKNOWN);
        assertThat(RouteTarget.of("VpcEndpointId", Optional.empty()))
                .isEqualTo(RouteTarget.GATEWAY_LOAD_BALANCER_ENDPOINT);
        assertThat(RouteTarget.of("OdbNetworkArn", Optional.of("arn:x"))).isEqualTo(RouteTarget.UNKNOWN);
        assertThat(RouteTarget.fields()).containsSubsequence("InstanceId", "NetworkInterfaceId")
                .doesNotHaveDuplicates().doesNotContain("");
    }

    private Network read() throws IOException, SnapshotException {
        return applies().network();
    }

    private SnapshotUse.Applies applies() throws IOException, SnapshotException {
        write("subnets.json", SUBNETS);
        write("route-tables.json", ROUTE_TABLES);
        write("nat-gateways.json", NAT_GATEWAYS);
        return ModelBuilder.snapshot(AwsSnapshot.read(folder, "snap"));
    }

    /** The egress of a subnet id as a template that names it sees it. */
    private SubnetEgress egressOf(String id) throws IOException, SnapshotException {
        Network network = Models.inline("Resources:\n  Queue: {Type: AWS::SQS::Queue}\n", Deployment.UNKNOWN,
                NetworkContext.EMPTY.withSnapshot(Optional.of(applies()))).network();
        return network.egress(network.resolve(new Value.Text(id, ScalarNode.string(id, Position.START))));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
