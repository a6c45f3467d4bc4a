package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.security.SecurityGroup;
import io.github.lambdalint.model.security.SecurityGroupRule;
import io.github.lambdalint.model.security.SecurityGroups;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;

class SecurityGroupReaderTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Other:
                Type: AWS::EC2::SecurityGroup::Id
              Ingress:
                Type: String
              Flag:
                Type: String
            Conditions:
              On: !Equals [!Ref Flag, "on"]
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              More:
                Type: AWS::EC2::VPCCidrBlock
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.1.0.0/16
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
              Open:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: keeps the default egress
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 5432
                      ToPort: 5432
                      SourceSecurityGroupId: !GetAtt Closed.GroupId
                    - !If [On, {IpProtocol: "-1", CidrIp: 10.0.0.0/8}, !Ref AWS::NoValue]
              Closed:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: writes its own egress
                  SecurityGroupEgress:
                    - IpProtocol: "-1"
                      CidrIp: 127.0.0.1/32
                  SecurityGroupIngress: !Ref Ingress
              EmptyEgress:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: an empty egress list keeps the default rule
                  SecurityGroupEgress: []
              OpenFromOther:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !Ref Open
                  IpProtocol: tcp
                  FromPort: 0
                  ToPort: 65535
                  SourceSecurityGroupId: !Ref Other
              ClosedEgress:
                Type: AWS::EC2::SecurityGroupEgress
                Condition: On
                Properties:
                  GroupId: !GetAtt Closed.GroupId
                  IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
                  DestinationPrefixListId: pl-123
              ForeignGroup:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !Ref Other
                  IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
            """;

    private final SecurityGroups groups = Models.inline(TEMPLATE).securityGroups();

    @Test
    void readsInlineAndStandaloneRules() {
        SecurityGroup open = groups.groups().get("Open");
        assertThat(open.defaultEgress()).isTrue();
        assertThat(open.ingressComplete()).isTrue();
        assertThat(open.ingress()).hasSize(3);
        SecurityGroupRule first = open.ingress().get(0);
        assertThat(first.resource()).isEmpty();
        assertThat(first.peerGroup()).get().isInstanceOfSatisfying(Value.ResourceRef.class,
                ref -> assertThat(ref.logicalId()).isEqualTo("Closed"));
        SecurityGroupRule conditional = open.ingress().get(1);
        assertThat(conditional.condition()).contains("On");
        assertThat(conditional.cidrIp().flatMap(Value::asText)).contains("10.0.0.0/8");
        SecurityGroupRule standalone = open.ingress().get(2);
        assertThat(standalone.resource()).contains("OpenFromOther");
        assertThat(standalone.peerGroup()).get().isInstanceOf(Value.ParameterRef.class);
    }

    @Test
    void inlineEgressReplacesTheDefaultAndStandaloneEgressAddsToIt() {
        SecurityGroup closed = groups.groups().get("Closed");
        assertThat(closed.defaultEgress()).isFalse();
        assertThat(closed.egressComplete()).isTrue();
        assertThat(closed.egress()).extracting(SecurityGroupRule::resource)
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of("ClosedEgress"));
        assertThat(closed.egress().get(1).condition()).contains("On");
        assertThat(closed.egress().get(1).prefixList()).isPresent();
        assertThat(groups.groups().get("EmptyEgress").defaultEgress()).isTrue();
    }

    @Test
    void anUnreadableRuleListMakesTheDirectionIncomplete() {
        assertThat(groups.groups().get("Closed").ingressComplete()).isFalse();
    }

    @Test
    void rulesForGroupsOutsideTheTemplateAreIgnored() {
        assertThat(groups.groups()).containsOnlyKeys("Open", "Closed", "EmptyEgress");
    }

    @Test
    void readsAddressFacts() {
        assertThat(groups.subnetCidrBlocks().get("Subnet").asText()).contains("10.0.1.0/24");
        assertThat(groups.vpcCidrBlocks().get("Vpc").asText()).contains("10.0.0.0/16");
        assertThat(groups.vpcsWithMoreBlocks()).containsExactly("Vpc");
    }

    @Test
    void resolvesGroupReferences() {
        Position at = new Position(1, 1);
        ScalarNode node = ScalarNode.string("x", at);
        assertThat(groups.resolve(new Value.ResourceRef("Open", java.util.Optional.empty(), node))).isPresent();
        assertThat(groups.resolve(new Value.ResourceRef("Open", java.util.Optional.of("GroupId"), node)))
                .isPresent();
        assertThat(groups.resolve(new Value.ResourceRef("Open", java.util.Optional.of("VpcId"), node))).isEmpty();
        assertThat(groups.resolve(new Value.Text("sg-123", node))).isEmpty();
    }
}
