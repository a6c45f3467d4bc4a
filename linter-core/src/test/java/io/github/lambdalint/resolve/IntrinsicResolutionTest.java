package io.github.lambdalint.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.parse.Template;
import io.github.lambdalint.parse.Templates;

class IntrinsicResolutionTest {

    private static final String TEMPLATE = """
            Parameters:
              Env: {Type: String, Default: dev}
              Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
            Mappings:
              Sizes:
                prod: {Memory: 1024}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
              NotUsEast1: !Not [!Condition InUsEast1]
              Both: !And [!Condition InUsEast1, !Condition IsProd]
            Resources:
              Db:
                Type: AWS::RDS::DBInstance
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Ref: !Ref Db
                  GetAttShort: !GetAtt Db.Endpoint.Address
                  GetAttLong: {Fn::GetAtt: [Db, Endpoint.Port]}
                  Sub: !Sub "postgres://${Db.Endpoint.Address}:5432/${AWS::Region}"
                  SubEscaped: !Sub "${!Literal}-${AWS::Region}"
                  SubList: !Sub ["${Host}/x", {Host: example.com}]
                  SubOpen: !Sub "abc ${Db"
                  Join: !Join ["-", [a, b, c]]
                  JoinUnknown: !Join ["", ["arn:", !Ref AWS::Partition, ":iam::aws:policy/AWSLambdaRole"]]
                  Select: !Select [1, [x, y, z]]
                  SelectOut: !Select [5, [x]]
                  SelectAz: !Select [0, !GetAZs ""]
                  SelectAzAgain: !Select [0, !GetAZs ""]
                  SelectAzOther: !Select [1, !GetAZs ""]
                  Split: !Split [",", "a,b"]
                  Find: !FindInMap [Sizes, prod, Memory]
                  FindMissing: !FindInMap [Sizes, dev, Memory]
                  If: !If [IsProd, big, small]
                  IfRegion: !If [InUsEast1, edge, regional]
                  Import: !ImportValue shared-Subnet
                  Dynamic: "{{resolve:ssm:/my/param}}"
                  Param: !Ref Env
                  ListParam: !Ref Subnets
                  NoValue: !Ref AWS::NoValue
                  Undefined: !Ref Nope
                  GetAttNoDot: !GetAtt Db
                  IfUndefined: !If [Missing, a, b]
                  Both: !If [Both, y, n]
            """;

    private Value resolve(String property, Deployment deployment) {
        Template template = Templates.parse(TEMPLATE);
        Resolver resolver = new Resolver(template, deployment);
        return resolver.resolve(template.resource("Fn").orElseThrow().property(property).orElseThrow());
    }

    private Value resolve(String property) {
        return resolve(property, Deployment.UNKNOWN);
    }

    @Test
    void refToAResourceIsAResourceRef() {
        assertThat(resolve("Ref")).isInstanceOfSatisfying(Value.ResourceRef.class, r -> {
            assertThat(r.logicalId()).isEqualTo("Db");
            assertThat(r.attribute()).isEmpty();
        });
    }

    @Test
    void getAttInBothForms() {
        assertThat(resolve("GetAttShort")).isInstanceOfSatisfying(Value.ResourceRef.class,
                r -> assertThat(r.attribute()).contains("Endpoint.Address"));
        assertThat(resolve("GetAttLong")).isInstanceOfSatisfying(Value.ResourceRef.class,
                r -> assertThat(r.attribute()).contains("Endpoint.Port"));
    }

    @Test
    void subKeepsReferencesAndKnownText() {
        Value sub = resolve("Sub");
        assertThat(sub).isInstanceOf(Value.Concat.class);
        assertThat(sub.references()).extracting(Value.ResourceRef::logicalId).containsExactly("Db");
        Value withRegion = resolve("Sub", new Deployment(Optional.of("eu-west-1"), Map.of()));
        assertThat(((Value.Concat) withRegion).literalSuffix()).isEqualTo(":5432/eu-west-1");
    }

    @Test
    void subEscapesAndListForm() {
        assertThat(resolve("SubEscaped", new Deployment(Optional.of("eu-west-1"), Map.of())).asText())
                .contains("${Literal}-eu-west-1");
        assertThat(resolve("SubList").asText()).contains("example.com/x");
        assertThat(resolve("SubOpen")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("no closing }"));
    }

    @Test
    void joinOfKnownPartsIsText() {
        assertThat(resolve("Join").asText()).contains("a-b-c");
    }

    @Test
    void joinWithUnknownPartitionStillShowsTheManagedPolicyPath() {
        Value join = resolve("JoinUnknown");
        assertThat(join).isInstanceOfSatisfying(Value.Concat.class,
                c -> assertThat(c.literalSuffix()).isEqualTo(":iam::aws:policy/AWSLambdaRole"));
        assertThat(resolve("JoinUnknown", new Deployment(Optional.of("cn-north-1"), Map.of())).asText())
                .contains("arn:aws-cn:iam::aws:policy/AWSLambdaRole");
    }

    @Test
    void selectSplitAndFindInMap() {
        assertThat(resolve("Select").asText()).contains("y");
        assertThat(resolve("SelectOut")).isInstanceOf(Value.Unknown.class);
        assertThat(resolve("Split").asList()).hasValueSatisfying(l -> assertThat(l).hasSize(2));
        assertThat(resolve("Find").asText()).contains("1024");
        assertThat(resolve("FindMissing")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void theSameGetAzsSelectionIsTheSameZone() {
        Value first = resolve("SelectAz");
        assertThat(first.isSameAs(resolve("SelectAzAgain"))).isTrue();
        assertThat(first.isSameAs(resolve("SelectAzOther"))).isFalse();
        assertThat(((Value.Unknown) first).identity()).contains("!Select [0, !GetAZs '']");
    }

    @Test
    void conditionsAreEvaluatedWhenTheirInputsAreKnown() {
        assertThat(resolve("If")).isInstanceOfSatisfying(Value.Choice.class,
                c -> assertThat(c.condition()).isEqualTo("IsProd"));
        assertThat(resolve("If", new Deployment(Optional.empty(), Map.of("Env", "prod"))).asText()).contains("big");
        assertThat(resolve("IfRegion", new Deployment(Optional.of("us-east-1"), Map.of())).asText()).contains("edge");
        assertThat(resolve("IfRegion", new Deployment(Optional.of("eu-west-1"), Map.of())).asText())
                .contains("regional");
        assertThat(resolve("Both", new Deployment(Optional.of("eu-west-1"), Map.of())).asText()).contains("n");
    }

    @Test
    void parameterDefaultsAreKeptButNotAssumed() {
        assertThat(resolve("Param")).isInstanceOfSatisfying(Value.ParameterRef.class, p -> {
            assertThat(p.name()).isEqualTo("Env");
            assertThat(p.defaultValue().flatMap(Value::asText)).contains("dev");
        });
        assertThat(resolve("Param", new Deployment(Optional.empty(), Map.of("Env", "prod"))).asText())
                .contains("prod");
        assertThat(resolve("ListParam", new Deployment(Optional.empty(), Map.of("Subnets", "subnet-1, subnet-2")))
                .asList()).hasValueSatisfying(l -> assertThat(l).extracting(v -> v.asText().orElseThrow())
                .containsExactly("subnet-1", "subnet-2"));
    }

    @Test
    void whatCannotBeKnownIsUnknownNeverNull() {
        assertThat(resolve("Import")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.identity()).contains("!ImportValue shared-Subnet"));
        assertThat(resolve("Dynamic")).isInstanceOf(Value.Unknown.class);
        assertThat(resolve("NoValue")).isInstanceOf(Value.NoValue.class);
        assertThat(resolve("Undefined")).isInstanceOf(Value.Unknown.class);
        assertThat(resolve("GetAttNoDot")).isInstanceOf(Value.Unknown.class);
        assertThat(resolve("IfUndefined")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("not defined"));
    }

    @Test
    void conditionCyclesAreUnknown() {
        Template template = Templates.parse("""
                Conditions:
                  A: !Condition B
                  B: !Not [!Condition A]
                Resources:
                  Q: {Type: AWS::SQS::Queue, Properties: {X: !If [A, 1, 2]}}
                """);
        Value value = new Resolver(template, Deployment.UNKNOWN)
                .resolve(template.resource("Q").orElseThrow().property("X").orElseThrow());
        assertThat(value).isInstanceOf(Value.Choice.class);
    }

    @Test
    void valuesKeepTheirSourcePositions() {
        Value sub = resolve("GetAttShort");
        assertThat(sub.position().line()).isEqualTo(19);
    }
}
