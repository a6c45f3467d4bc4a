package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.resolve.Value;

class VpcAttachmentTest {

    private static final String HEADER = """
            Parameters:
              Stage: { Type: String }
              Region2: { Type: String }
              Subnets: { Type: "List<AWS::EC2::Subnet::Id>" }
            Conditions:
              InVpc: !Equals [!Ref Stage, prod]
              Isolated: !Equals [!Ref Stage, dev]
              TwoZones: !Equals [!Ref Region2, "yes"]
            Resources:
            """;

    private static VpcAttachment of(String vpcConfig) {
        return of(vpcConfig, "");
    }

    private static VpcAttachment of(String vpcConfig, String functionCondition) {
        return Models.inline(HEADER + """
                  Fn:
                    Type: AWS::Lambda::Function
                """ + functionCondition + """
                    Properties:
                      Role: arn:aws:iam::123456789012:role/fn
                      VpcConfig: %s
                """.formatted(vpcConfig)).function("Fn").orElseThrow().vpcAttachment();
    }

    private static VpcAttachment.Attached attached(VpcAttachment attachment) {
        assertThat(attachment).isInstanceOf(VpcAttachment.Attached.class);
        return (VpcAttachment.Attached) attachment;
    }

    private static List<String> texts(VpcAttachment.Ids ids) {
        return ids.entries().orElseThrow().stream().map(v -> v.asText().orElse("?")).toList();
    }

    @Test
    void noVpcConfigAndEmptyListsDetach() {
        VpcAttachment absent = Models.inline(HEADER + """
                  Fn: { Type: AWS::Lambda::Function, Properties: { Role: arn:aws:iam::1:role/fn } }
                """).function("Fn").orElseThrow().vpcAttachment();
        assertThat(absent).isEqualTo(new VpcAttachment.NotAttached(Optional.empty()));
        VpcAttachment empty = of("{ SubnetIds: [], SecurityGroupIds: [] }");
        assertThat(empty).isInstanceOf(VpcAttachment.NotAttached.class);
        assertThat(empty.config()).isPresent();
        assertThat(of("{ SubnetIds: [!Ref AWS::NoValue] }")).isInstanceOf(VpcAttachment.NotAttached.class);
    }

    @Test
    void oneListIsEnoughToAttach() {
        VpcAttachment.Attached attached = attached(of("{ SecurityGroupIds: [sg-1] }"));
        assertThat(attached.conditional()).isFalse();
        assertThat(attached.subnets().none()).isTrue();
        assertThat(texts(attached.securityGroups())).containsExactly("sg-1");
    }

    @Test
    void subnetsAreDistinctAndAParameterIsNamed() {
        assertThat(texts(attached(of("{ SubnetIds: [subnet-a, subnet-a, subnet-b], SecurityGroupIds: [sg-1] }"))
                .subnets())).containsExactly("subnet-a", "subnet-b");
        VpcAttachment.Attached fromParameter = attached(of("{ SubnetIds: !Ref Subnets, SecurityGroupIds: [sg-1] }"));
        assertThat(fromParameter.subnets().parameter().map(Value.ParameterRef::name)).contains("Subnets");
        assertThat(fromParameter.subnets().entries()).isEmpty();
    }

    @Test
    void aConditionalEntryStaysAnEntryOfAnAttachedFunction() {
        VpcAttachment.Attached attached = attached(of(
                "{ SubnetIds: [subnet-a, !If [TwoZones, subnet-b, !Ref AWS::NoValue]], SecurityGroupIds: [sg-1] }"));
        assertThat(attached.conditional()).isFalse();
        assertThat(attached.subnets().entries().orElseThrow()).hasSize(2);
    }

    @Test
    void theWholeBlockUnderAConditionAttachesWhenItHolds() {
        VpcAttachment.Attached attached = attached(of(
                "!If [InVpc, { SubnetIds: [subnet-a], SecurityGroupIds: [sg-1] }, !Ref AWS::NoValue]"));
        assertThat(attached.condition()).contains("InVpc");
        assertThat(attached.when()).contains("when condition InVpc holds");
        assertThat(texts(attached.subnets())).containsExactly("subnet-a");

        VpcAttachment.Attached mirror = attached(of(
                "!If [Isolated, !Ref AWS::NoValue, { SubnetIds: [subnet-a], SecurityGroupIds: [sg-1] }]"));
        assertThat(mirror.when()).contains("when condition Isolated does not hold");

        VpcAttachment.Attached emptyOtherwise = attached(of("!If [InVpc, { SubnetIds: [subnet-a],"
                + " SecurityGroupIds: [sg-1] }, { SubnetIds: [], SecurityGroupIds: [] }]"));
        assertThat(emptyOtherwise.condition()).contains("InVpc");
    }

    @Test
    void listsChosenByOneConditionAttachWhenItHoldsWithTheListsOfThatBranch() {
        VpcAttachment.Attached attached = attached(of("{ SubnetIds: !If [InVpc, [subnet-a, subnet-b], []],"
                + " SecurityGroupIds: !If [InVpc, [sg-1], []] }"));
        assertThat(attached.condition()).contains("InVpc");
        assertThat(texts(attached.subnets())).containsExactly("subnet-a", "subnet-b");
        assertThat(texts(attached.securityGroups())).containsExactly("sg-1");
    }

    @Test
    void theFunctionsOwnConditionDecidesTheAttachment() {
        String block = "!If [InVpc, { SubnetIds: [subnet-a], SecurityGroupIds: [sg-1] }, !Ref AWS::NoValue]";
        assertThat(attached(of(block, "    Condition: InVpc\n")).conditional()).isFalse();
        String mirror = "!If [InVpc, !Ref AWS::NoValue, { SubnetIds: [subnet-a], SecurityGroupIds: [sg-1] }]";
        assertThat(of(mirror, "    Condition: InVpc\n")).isInstanceOf(VpcAttachment.NotAttached.class);
    }

    @Test
    void twoBlocksAttachEitherWayAndTwoConditionsAreUndecided() {
        VpcAttachment.Attached either = attached(of("!If [InVpc, { SubnetIds: [subnet-a], SecurityGroupIds: [sg-1] },"
                + " { SubnetIds: [subnet-b], SecurityGroupIds: [sg-1] }]"));
        assertThat(either.conditional()).isFalse();
        assertThat(either.subnets().entries()).isEmpty();

        VpcAttachment undecided = of("{ SubnetIds: !If [InVpc, [subnet-a], []],"
                + " SecurityGroupIds: !If [Isolated, [sg-1], []] }");
        assertThat(undecided).isInstanceOf(VpcAttachment.Undecided.class);
        assertThat(((VpcAttachment.Undecided) undecided).reason()).contains("InVpc", "Isolated");
    }
}
