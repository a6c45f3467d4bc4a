package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.resolve.Value;

class NetworkResolveTest {

    @Test
    void getAttSubnetIdNamesTheSubnetLikeRef() {
        TemplateModel model = Models.inline("""
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  SubnetA:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: arn:aws:iam::123456789012:role/fn
                      VpcConfig:
                        SubnetIds: [!GetAtt SubnetA.SubnetId, !Ref SubnetA, !GetAtt SubnetA.AvailabilityZone]
                        SecurityGroupIds: [sg-1]
                """);
        List<Value> subnets = model.function("Fn").orElseThrow().vpcAttachment().config().orElseThrow().subnets()
                .orElseThrow();
        assertThat(model.network().resolve(subnets.get(0))).isInstanceOf(ResolvedSubnet.InTemplate.class);
        assertThat(model.network().resolve(subnets.get(1))).isInstanceOf(ResolvedSubnet.InTemplate.class);
        assertThat(model.network().resolve(subnets.get(2))).isInstanceOf(ResolvedSubnet.Undescribed.class);
    }

    @Test
    void aSubnetWhoseVpcIsGivenByGetAttVpcIdUsesThatVpcsMainRouteTable() {
        TemplateModel model = Models.inline("""
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  SubnetA:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !GetAtt Vpc.VpcId, CidrBlock: 10.0.1.0/24}
                  Routes:
                    Type: AWS::EC2::RouteTable
                    Properties: {VpcId: !Ref Vpc}
                  SubnetB:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24}
                  Association:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: {SubnetId: !GetAtt SubnetB.SubnetId, RouteTableId: !Ref Routes}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: arn:aws:iam::123456789012:role/fn
                      VpcConfig:
                        SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                        SecurityGroupIds: [sg-1]
                """);
        List<Value> subnets = model.function("Fn").orElseThrow().vpcAttachment().config().orElseThrow().subnets()
                .orElseThrow();
        var network = model.network();
        assertThat(network.egress(network.resolve(subnets.get(0))).kind())
                .isEqualTo(io.github.lambdalint.model.network.SubnetEgress.Kind.NONE);
        assertThat(network.egress(network.resolve(subnets.get(1))).summary()).contains("route table Routes");
    }
}
