package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.model.network.VpcEndpoint;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/** The egress facts LL101 and LL102 rest on: NAT placement, main route tables, endpoints, described subnets. */
class EgressModelTest {

    private static final String VPC = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties: { CidrBlock: 10.0.0.0/16 }
              Igw:
                Type: AWS::EC2::InternetGateway
              Attachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
            """;

    private static TemplateModel model(String yaml, NetworkContext context) {
        return Models.inline(yaml, Deployment.UNKNOWN, context);
    }

    private static TemplateModel model(String yaml) {
        return model(yaml, NetworkContext.EMPTY);
    }

    private static Value ref(String logicalId, String attribute) {
        return new Value.ResourceRef(logicalId, Optional.ofNullable(attribute),
                ScalarNode.string(logicalId, Position.START));
    }

    private static SubnetEgress egress(TemplateModel model, String subnet) {
        return model.network().egress(model.network().resolve(ref(subnet, null)));
    }

    @Test
    void describedSubnetWithoutEgressMatchesItsInTemplateTwin() {
        NetworkContext context = new NetworkContext(Map.of("subnet-0a1", new NetworkContext.DescribedSubnet(
                "subnet-0a1", Optional.of("vpc-1"), Optional.of("eu-west-1a"), Optional.of(NetworkContext.Egress.NONE),
                new Position(3, 5))), Map.of("vpc-1", List.of(new NetworkContext.DescribedEndpoint(
                "com.amazonaws.eu-west-1.sqs", new Position(7, 9)))), ".lambda-lint.yml");
        TemplateModel model = model(VPC + """
                  Isolated:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
                """, context);
        Network network = model.network();
        ResolvedSubnet described = network.resolve(new Value.Text("subnet-0a1",
                ScalarNode.string("subnet-0a1", Position.START)));
        assertThat(described).isInstanceOf(ResolvedSubnet.Described.class);
        SubnetEgress outside = network.egress(described);
        SubnetEgress twin = egress(model, "Isolated");
        assertThat(outside.kind()).isEqualTo(SubnetEgress.Kind.NONE).isEqualTo(twin.kind());
        assertThat(outside.evidence()).singleElement()
                .satisfies(e -> assertThat(e.file()).contains(".lambda-lint.yml"));
        // a described endpoint is matched by its service part, however the user wrote it
        assertThat(network.endpointsFor(described)).extracting(Network.ServiceEndpoint::service)
                .containsExactly("sqs");
    }

    @Test
    void natGatewayWhoseSubnetRoutesBackToItHasNoEgress() {
        TemplateModel model = model(VPC + """
                  SubnetA:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
                  Nat:
                    Type: AWS::EC2::NatGateway
                    Properties: { SubnetId: !Ref SubnetA, AllocationId: eipalloc-1 }
                  Table:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref Vpc }
                  ToNat:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }
                  SubnetAInTable:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: { SubnetId: !Ref SubnetA, RouteTableId: !Ref Table }
                """);
        SubnetEgress egress = egress(model, "SubnetA");
        assertThat(egress.kind()).isEqualTo(SubnetEgress.Kind.NONE);
        assertThat(egress.summary()).contains("NAT gateway Nat").contains("no route to an internet gateway");
    }

    @Test
    void privateNatGatewayHasNoEgress() {
        TemplateModel model = model(VPC + """
                  Transit:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 }
                  Nat:
                    Type: AWS::EC2::NatGateway
                    Properties: { SubnetId: !Ref Transit, ConnectivityType: private }
                  Private:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
                  Table:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref Vpc }
                  ToNat:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }
                  PrivateInTable:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: { SubnetId: !Ref Private, RouteTableId: !Ref Table }
                """);
        assertThat(egress(model, "Private").kind()).isEqualTo(SubnetEgress.Kind.NONE);
    }

    @Test
    void routesAddedToTheMainRouteTableCountForSubnetsWithoutAssociation() {
        TemplateModel model = model(VPC + """
                  Public:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 }
                  PublicTable:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref Vpc }
                  ToIgw:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
                  PublicInTable:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: { SubnetId: !Ref Public, RouteTableId: !Ref PublicTable }
                  Nat:
                    Type: AWS::EC2::NatGateway
                    Properties: { SubnetId: !Ref Public, AllocationId: eipalloc-1 }
                  MainToNat:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !GetAtt Vpc.MainRouteTableId, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }
                  S3:
                    Type: AWS::EC2::VPCEndpoint
                    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.eu-west-1.s3, RouteTableIds: [!GetAtt Vpc.MainRouteTableId] }
                  Implicit:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !GetAtt Vpc.VpcId, CidrBlock: 10.0.1.0/24 }
                """);
        assertThat(egress(model, "Implicit").kind()).isEqualTo(SubnetEgress.Kind.NAT);
        ResolvedSubnet implicit = model.network().resolve(ref("Implicit", "SubnetId"));
        assertThat(implicit).isInstanceOf(ResolvedSubnet.InTemplate.class);
        assertThat(model.network().endpointsFor(implicit)).extracting(Network.ServiceEndpoint::service)
                .containsExactly("s3");
        assertThat(model.network().endpointsFor(model.network().resolve(ref("Public", null)))).isEmpty();
    }

    @Test
    void aPeeringRouteToAnUnknownCidrDoesNotHideTheDefaultRoute() {
        TemplateModel model = model(VPC + """
                  Public:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 }
                  Table:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref Vpc }
                  ToIgw:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
                  ToPeer:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: !ImportValue PeerCidr, VpcPeeringConnectionId: pcx-1 }
                  PublicInTable:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: { SubnetId: !Ref Public, RouteTableId: !Ref Table }
                """);
        assertThat(egress(model, "Public").kind()).isEqualTo(SubnetEgress.Kind.INTERNET_GATEWAY);
    }

    @Test
    void interfaceEndpointsNeedPrivateDnsForTheDefaultHostName() {
        TemplateModel model = model(VPC + """
                  Private:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
                  Sqs:
                    Type: AWS::EC2::VPCEndpoint
                    Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: !Sub "com.amazonaws.${AWS::Region}.sqs" }
                  Ecr:
                    Type: AWS::EC2::VPCEndpoint
                    Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, PrivateDnsEnabled: true, ServiceName: !Sub "com.amazonaws.${AWS::Region}.ecr.dkr" }
                """);
        List<Network.ServiceEndpoint> served = model.network().endpointsFor(model.network().resolve(ref("Private", null)));
        assertThat(served).extracting(Network.ServiceEndpoint::service).containsExactlyInAnyOrder("sqs", "ecr.dkr");
        assertThat(served).filteredOn(e -> e.service().equals("sqs")).singleElement()
                .satisfies(e -> assertThat(e.privateDns()).isEqualTo(TriState.NO));
        assertThat(served).filteredOn(e -> e.service().equals("ecr.dkr")).singleElement()
                .satisfies(e -> assertThat(e.privateDns()).isEqualTo(TriState.YES));
    }

    @Test
    void serviceIdsArePartAfterTheRegion() {
        assertThat(VpcEndpoint.serviceId("com.amazonaws.eu-west-1.sqs")).isEqualTo("sqs");
        assertThat(VpcEndpoint.serviceId("com.amazonaws.us-gov-west-1.kinesis-streams")).isEqualTo("kinesis-streams");
        assertThat(VpcEndpoint.serviceId(".ecr.api")).isEqualTo("ecr.api");
        assertThat(VpcEndpoint.serviceId("cn.com.amazonaws.cn-north-1.s3")).isEqualTo("s3");
        assertThat(VpcEndpoint.serviceId("com.amazonaws.iam")).isEqualTo("iam");
        assertThat(VpcEndpoint.serviceId("lambda")).isEqualTo("lambda");
    }
}
