package io.github.lambdalint.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Template;
import io.github.lambdalint.parse.Templates;

/** Imports and stack outputs between the templates of one run. */
class StackSetTest {

    private static final String NETWORK = """
            Parameters:
              Prefix: {Type: String}
              Owner: {Type: String}
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              SubnetA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
            Outputs:
              Subnet:
                Value: !Ref SubnetA
                Export: {Name: !Sub "${AWS::StackName}-SubnetA"}
              VpcByParameter:
                Value: !Ref Vpc
                Export: {Name: !Join ["-", [!Ref Prefix, vpc]]}
              Cidr:
                Value: !GetAtt Vpc.CidrBlock
              Literal:
                Value: subnet-0abc
                Export: {Name: literal-subnet}
              Unset:
                Value: !Ref Owner
                Export: {Name: unset-parameter}
            """;

    private static final String APP = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  BySub: !ImportValue net-SubnetA
                  ByParameter: !ImportValue shared-vpc
                  Literal: !ImportValue literal-subnet
                  Unset: !ImportValue unset-parameter
                  Missing: !ImportValue nobody-exports-this
                  Output: !GetStackOutput {StackName: net, OutputName: Subnet}
                  OutputMissing: {Fn::GetStackOutput: {StackName: net, OutputName: Nope}}
                  OtherRegion: {Fn::GetStackOutput: {StackName: net, OutputName: Subnet, Region: eu-west-1}}
                  UnknownStack: !GetStackOutput {StackName: elsewhere, OutputName: Subnet}
            """;

    private static final Deployment NETWORK_FACTS = new Deployment(Optional.of("us-east-1"), Map.of("Prefix", "shared"))
            .withStackName(Optional.of("net"));

    @Test
    void anExportNameBuiltWithTheStackNameAndParametersOfItsOwnTemplateResolvesToThatTemplatesResource() {
        Value value = property(set(), "BySub");
        assertThat(value).isInstanceOfSatisfying(Value.OtherStackRef.class, ref -> {
            assertThat(ref.stack()).isEqualTo("network.yaml");
            assertThat(ref.resource().logicalId()).isEqualTo("SubnetA");
            assertThat(ref.via()).isEqualTo("!ImportValue net-SubnetA");
        });
        assertThat(property(set(), "ByParameter")).isInstanceOfSatisfying(Value.OtherStackRef.class,
                ref -> assertThat(ref.resource().logicalId()).isEqualTo("Vpc"));
    }

    @Test
    void literalTextCrossesAsTextAndWhatTheExporterDoesNotKnowStaysUnknownSayingWhy() {
        assertThat(property(set(), "Literal").asText()).contains("subnet-0abc");
        assertThat(property(set(), "Unset")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.reason()).contains("parameter Owner of network.yaml", "!ImportValue unset-parameter");
            assertThat(u.identity()).contains("!ImportValue unset-parameter");
        });
    }

    @Test
    void aMissingExportIsUnknownNamingTheImport() {
        assertThat(property(set(), "Missing")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.reason()).contains("no template of this run exports nobody-exports-this");
            assertThat(u.identity()).contains("!ImportValue nobody-exports-this");
        });
    }

    @Test
    void getStackOutputFindsTheStackByNameAndItsOutputWithoutExport() {
        assertThat(property(set(), "Output")).isInstanceOfSatisfying(Value.OtherStackRef.class,
                ref -> assertThat(ref.resource().logicalId()).isEqualTo("SubnetA"));
        assertThat(property(set(), "OutputMissing")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("has no output Nope"));
        // the output is read in eu-west-1, where the network template (us-east-1) is not
        assertThat(property(set(), "OtherRegion")).isInstanceOf(Value.Unknown.class);
        assertThat(property(set(), "UnknownStack")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("no template of this run has the stack name elsewhere"));
    }

    @Test
    void twoTemplatesExportingOneNameGiveUnknownNamingBoth() {
        StackSet stacks = new StackSet(List.of(network("network.yaml"), network("copy.yaml"), app()));
        assertThat(property(stacks, "Literal")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("network.yaml and copy.yaml all export literal-subnet"));
    }

    @Test
    void exportsInAnotherRegionAreNotImported() {
        StackSet stacks = new StackSet(List.of(network("network.yaml"), new StackSet.Stack("app.yaml",
                Templates.parse(APP), new Deployment(Optional.of("eu-west-1"), Map.of()))));
        assertThat(property(stacks, "Literal")).isInstanceOf(Value.Unknown.class);
    }

    /** The account as an AWS snapshot of us-east-1 shows it: one export and one stack's output. */
    private static final DeployedStacks ACCOUNT = new DeployedStacks() {
        @Override
        public Optional<String> export(String name, Optional<String> region) {
            return inSnapshotRegion(region) && List.of("nobody-exports-this", "literal-subnet").contains(name)
                    ? Optional.of("subnet-0deployed") : Optional.empty();
        }

        @Override
        public Optional<String> output(String stackName, String outputKey, Optional<String> region) {
            return inSnapshotRegion(region) && stackName.equals("elsewhere") && outputKey.equals("Subnet")
                    ? Optional.of("subnet-0output") : Optional.empty();
        }

        private boolean inSnapshotRegion(Optional<String> region) {
            return region.isEmpty() || region.get().equals("us-east-1");
        }
    };

    @Test
    void anImportNoTemplateGivesIsReadFromTheDeployedStacksPlacedWhereItIsWritten() {
        StackSet stacks = new StackSet(List.of(network("network.yaml"), app()), ACCOUNT);
        Value missing = property(stacks, "Missing");
        assertThat(missing.asText()).contains("subnet-0deployed");
        assertThat(missing.source()).isSameAs(propertyNode(stacks.stack("app.yaml").orElseThrow().template(), "Fn",
                "Missing"));
        assertThat(property(stacks, "UnknownStack").asText()).contains("subnet-0output");
    }

    @Test
    void theTemplatesOfTheRunWinOverTheDeployedStacks() {
        StackSet stacks = new StackSet(List.of(network("network.yaml"), app()), ACCOUNT);
        assertThat(property(stacks, "Literal").asText()).contains("subnet-0abc");
        assertThat(property(stacks, "Output")).isInstanceOf(Value.OtherStackRef.class);
    }

    @Test
    void deployedStacksOfAnotherRegionAreNotRead() {
        StackSet stacks = new StackSet(List.of(new StackSet.Stack("app.yaml", Templates.parse(APP),
                new Deployment(Optional.of("eu-west-1"), Map.of()))), ACCOUNT);
        assertThat(property(stacks, "Missing")).isInstanceOf(Value.Unknown.class);
        assertThat(property(stacks, "UnknownStack")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void stacksThatImportFromEachOtherGetUnknownNotAStackOverflow() {
        String a = """
                Resources:
                  Topic: {Type: AWS::SNS::Topic, Properties: {DisplayName: !ImportValue b-name}}
                Outputs:
                  Name: {Value: !ImportValue b-name, Export: {Name: a-name}}
                """;
        String b = """
                Resources:
                  Topic: {Type: AWS::SNS::Topic, Properties: {DisplayName: !ImportValue a-name}}
                Outputs:
                  Name: {Value: !ImportValue a-name, Export: {Name: b-name}}
                """;
        StackSet stacks = new StackSet(List.of(
                new StackSet.Stack("a.yaml", Templates.parse(a), Deployment.UNKNOWN),
                new StackSet.Stack("b.yaml", Templates.parse(b), Deployment.UNKNOWN)));
        StackSet.Stack first = stacks.stack("a.yaml").orElseThrow();
        Value name = stacks.resolver(first).resolve(propertyNode(first.template(), "Topic", "DisplayName"));
        assertThat(name).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("a.yaml and b.yaml read from each other"));
        assertThat(stacks.dependenciesInOrder("a.yaml")).isEmpty();
    }

    @Test
    void dependenciesComeBeforeTheStacksThatReadThem() {
        assertThat(set().dependenciesInOrder("app.yaml")).containsExactly("network.yaml");
        assertThat(set().dependenciesInOrder("network.yaml")).isEmpty();
    }

    @Test
    void aParentReadsTheOutputsOfItsLocalNestedStackAndOnlyThose() {
        String parent = """
                Resources:
                  Network: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: network.yaml}}
                  Remote: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: https://example.com/t.yaml}}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Subnet: !GetAtt Network.Outputs.Subnet
                      InSub: !Sub "${Network.Outputs.Literal}-x"
                      Remote: !GetAtt Remote.Outputs.Subnet
                """;
        StackSet stacks = new StackSet(List.of(network("network.yaml"),
                new StackSet.Stack("app.yaml", Templates.parse(parent), Deployment.UNKNOWN,
                        Map.of("Network", "network.yaml"))));
        assertThat(property(stacks, "Subnet")).isInstanceOfSatisfying(Value.OtherStackRef.class, ref -> {
            assertThat(ref.resource().logicalId()).isEqualTo("SubnetA");
            assertThat(ref.via()).isEqualTo("!GetAtt Network.Outputs.Subnet");
        });
        assertThat(property(stacks, "InSub").literalText()).contains("subnet-0abc-x");
        assertThat(property(stacks, "Remote")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("not a local file of this run"));
        assertThat(stacks.dependenciesInOrder("app.yaml")).containsExactly("network.yaml");
    }

    private static StackSet set() {
        return new StackSet(List.of(network("network.yaml"), app()));
    }

    private static StackSet.Stack network(String file) {
        return new StackSet.Stack(file, Templates.parse(NETWORK), NETWORK_FACTS);
    }

    private static StackSet.Stack app() {
        return new StackSet.Stack("app.yaml", Templates.parse(APP), Deployment.UNKNOWN);
    }

    private static Value property(StackSet stacks, String name) {
        StackSet.Stack app = stacks.stack("app.yaml").orElseThrow();
        return stacks.resolver(app).resolve(propertyNode(app.template(), "Fn", name));
    }

    private static Node propertyNode(Template template, String resource, String name) {
        MapNode properties = template.resource(resource).orElseThrow().properties();
        return properties.get(name).orElseThrow();
    }
}
