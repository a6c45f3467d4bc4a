package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.SqsQueue;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.InvocationModel;
import io.github.lambdalint.model.trigger.SourceAccess;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;

class TriggerReaderTest {

    private static final String SAM = "Transform: AWS::Serverless-2016-10-31\n";

    private static Trigger only(TemplateModel model, String function) {
        List<Trigger> triggers = model.triggersOf(function);
        assertThat(triggers).hasSize(1);
        return triggers.get(0);
    }

    @Test
    void snsEventWithSqsSubscriptionFalseIsAPlainAsyncSubscription() {
        TemplateModel model = Models.inline(SAM + """
                Resources:
                  Topic: { Type: AWS::SNS::Topic }
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note: { Type: SNS, Properties: { Topic: !Ref Topic, SqsSubscription: false } }
                """);
        Trigger trigger = only(model, "Fn");
        assertThat(trigger.source()).isEqualTo(EventSource.SNS);
        assertThat(trigger.invocation()).isEqualTo(InvocationModel.ASYNC);
        assertThat(model.queues()).isEmpty();
    }

    @Test
    void snsEventWithSqsSubscriptionTruePollsTheQueueSamCreates() {
        TemplateModel model = Models.inline(SAM + """
                Resources:
                  Topic: { Type: AWS::SNS::Topic }
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note: { Type: SNS, Properties: { Topic: !Ref Topic, SqsSubscription: true } }
                """);
        Trigger trigger = only(model, "Fn");
        assertThat(trigger.source()).isEqualTo(EventSource.SQS);
        assertThat(trigger.invocation()).isEqualTo(InvocationModel.POLL);
        Value arn = trigger.polling().orElseThrow().eventSourceArn().orElseThrow();
        assertThat(arn).isInstanceOf(Value.ResourceRef.class);
        assertThat(((Value.ResourceRef) arn).logicalId()).isEqualTo("FnNoteQueue");
        SqsQueue queue = model.queues().get("FnNoteQueue");
        assertThat(queue.visibilityTimeout()).isEmpty();
        assertThat(queue.createdBy()).isPresent();
    }

    @Test
    void snsEventWithAnExistingQueueNamesItsArn() {
        TemplateModel model = Models.inline(SAM + """
                Resources:
                  Topic: { Type: AWS::SNS::Topic }
                  Queue: { Type: AWS::SQS::Queue }
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note:
                          Type: SNS
                          Properties:
                            Topic: !Ref Topic
                            SqsSubscription: { QueueArn: !GetAtt Queue.Arn, QueueUrl: !Ref Queue }
                """);
        Value arn = only(model, "Fn").polling().orElseThrow().eventSourceArn().orElseThrow();
        assertThat(((Value.ResourceRef) arn).logicalId()).isEqualTo("Queue");
        assertThat(model.queues()).containsOnlyKeys("Queue");
    }

    @Test
    void samEventsInvokeTheAutoPublishAliasOrLatest() {
        TemplateModel model = Models.inline(SAM + """
                Globals:
                  Function:
                    AutoPublishAlias: live
                Resources:
                  Bucket: { Type: AWS::S3::Bucket }
                  Aliased:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload: { Type: S3, Properties: { Bucket: !Ref Bucket, Events: s3:ObjectCreated:* } }
                  Plain:
                    Type: AWS::Serverless::Function
                    IgnoreGlobals: [AutoPublishAlias]
                    Properties:
                      Events:
                        Upload: { Type: S3, Properties: { Bucket: !Ref Bucket, Events: s3:ObjectCreated:* } }
                """);
        assertThat(only(model, "Aliased").qualifierName()).contains("live");
        assertThat(only(model, "Plain").qualifierName()).contains(Trigger.LATEST);
    }

    @Test
    void rawTargetsInvokeTheQualifierTheyName() {
        TemplateModel model = Models.inline("""
                Resources:
                  Fn: { Type: AWS::Lambda::Function, Properties: { FunctionName: worker } }
                  Version: { Type: AWS::Lambda::Version, Properties: { FunctionName: !Ref Fn } }
                  Live:
                    Type: AWS::Lambda::Alias
                    Properties: { FunctionName: !Ref Fn, FunctionVersion: !GetAtt Version.Version, Name: live }
                  Rule:
                    Type: AWS::Events::Rule
                    Properties:
                      Targets:
                        - { Id: a, Arn: !GetAtt Fn.Arn }
                        - { Id: b, Arn: !Ref Live }
                        - { Id: c, Arn: !Sub "${Fn.Arn}:blue" }
                        - { Id: d, Arn: "arn:aws:lambda:eu-west-1:123456789012:function:worker:green" }
                        - { Id: e, Arn: "arn:aws:lambda:eu-west-1:123456789012:function:worker" }
                        - { Id: f, Arn: !Ref Version }
                """);
        List<Optional<String>> qualifiers = model.triggersOf("Fn").stream().map(Trigger::qualifierName).toList();
        assertThat(qualifiers).containsExactly(Optional.of(Trigger.LATEST), Optional.of("live"), Optional.of("blue"),
                Optional.of("green"), Optional.of(Trigger.LATEST), Optional.empty());
    }

    @Test
    void anIotPermissionForACustomAuthorizerIsSynchronous() {
        TemplateModel model = Models.inline("""
                Resources:
                  Fn: { Type: AWS::Lambda::Function }
                  Authorizer:
                    Type: AWS::IoT::Authorizer
                    Properties: { AuthorizerFunctionArn: !GetAtt Fn.Arn }
                  Permission:
                    Type: AWS::Lambda::Permission
                    Properties: { FunctionName: !Ref Fn, Principal: iot.amazonaws.com, Action: lambda:InvokeFunction }
                """);
        assertThat(model.triggersOf("Fn")).extracting(Trigger::invocation)
                .containsOnly(InvocationModel.SYNC);
    }

    @Test
    void anIotPermissionNamingAnAuthorizerArnIsSynchronous() {
        TemplateModel model = Models.inline("""
                Resources:
                  Fn: { Type: AWS::Lambda::Function }
                  Permission:
                    Type: AWS::Lambda::Permission
                    Properties:
                      FunctionName: !Ref Fn
                      Principal: iot.amazonaws.com
                      Action: lambda:InvokeFunction
                      SourceArn: !Sub arn:aws:iot:${AWS::Region}:${AWS::AccountId}:authorizer/devices
                """);
        assertThat(only(model, "Fn").invocation()).isEqualTo(InvocationModel.SYNC);
    }

    @Test
    void anSesPermissionFollowsTheReceiptRulesOfTheTemplate() {
        String rule = """
                Resources:
                  Fn: { Type: AWS::Lambda::Function }
                  Permission:
                    Type: AWS::Lambda::Permission
                    Properties: { FunctionName: !Ref Fn, Principal: ses.amazonaws.com, Action: lambda:InvokeFunction }
                  Rule:
                    Type: AWS::SES::ReceiptRule
                    Properties:
                      RuleSetName: set
                      Rule:
                        Actions:
                          - LambdaAction: { FunctionArn: !GetAtt Fn.Arn, InvocationType: %s }
                """;
        assertThat(Models.inline(rule.formatted("RequestResponse")).triggersOf("Fn")).extracting(Trigger::invocation)
                .containsOnly(InvocationModel.SYNC);
        assertThat(Models.inline(rule.formatted("Event")).triggersOf("Fn")).extracting(Trigger::invocation)
                .containsOnly(InvocationModel.ASYNC);
        TemplateModel permissionOnly = Models.inline("""
                Resources:
                  Fn: { Type: AWS::Lambda::Function }
                  Permission:
                    Type: AWS::Lambda::Permission
                    Properties: { FunctionName: !Ref Fn, Principal: ses.amazonaws.com, Action: lambda:InvokeFunction }
                """);
        assertThat(only(permissionOnly, "Fn").invocation()).isEqualTo(InvocationModel.ASYNC);
    }

    @Test
    void aStreamMappingNeedsADestinationForItsOnFailure() {
        TemplateModel model = Models.inline("""
                Resources:
                  Stream: { Type: AWS::Kinesis::Stream }
                  Fn: { Type: AWS::Lambda::Function }
                  TypeOnly:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Fn
                      EventSourceArn: !GetAtt Stream.Arn
                      DestinationConfig: { OnFailure: {} }
                  Conditional:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Fn
                      EventSourceArn: !GetAtt Stream.Arn
                      DestinationConfig: !If [HasDlq, { OnFailure: { Destination: arn } }, !Ref AWS::NoValue]
                Conditions:
                  HasDlq: !Equals [!Ref AWS::AccountId, "123456789012"]
                """);
        List<Trigger> triggers = model.triggersOf("Fn");
        assertThat(triggers.get(0).polling().orElseThrow().onFailureDestination()).isEmpty();
        assertThat(triggers.get(1).polling().orElseThrow().onFailureDestination()).isPresent();
    }

    private static SourceAccess access(TemplateModel model, String function) {
        return only(model, function).polling().orElseThrow().access();
    }

    private static List<String> subnetIds(SourceAccess access) {
        return access.subnets().orElseThrow().subnetIds().asList().orElseThrow().stream()
                .map(v -> v.references().findFirst().map(Value.ResourceRef::logicalId)
                        .orElseGet(() -> v.asText().orElse("?")))
                .toList();
    }

    @Test
    void anMskMappingPollsFromTheClusterClientSubnetsAndReadsItsSaslSecret() {
        TemplateModel model = Models.inline("""
                Resources:
                  SubnetA: { Type: AWS::EC2::Subnet, Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24 } }
                  Secret: { Type: AWS::SecretsManager::Secret }
                  Cluster:
                    Type: AWS::MSK::Cluster
                    Properties:
                      BrokerNodeGroupInfo: { ClientSubnets: [!Ref SubnetA], SecurityGroups: [sg-1] }
                  Fn: { Type: AWS::Lambda::Function, Properties: { Role: arn:aws:iam::1:role/r } }
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Fn
                      EventSourceArn: !Ref Cluster
                      SourceAccessConfigurations:
                        - { Type: SASL_SCRAM_512_AUTH, URI: !Ref Secret }
                """);
        SourceAccess access = access(model, "Fn");
        assertThat(only(model, "Fn").source()).isEqualTo(EventSource.MSK);
        assertThat(subnetIds(access)).containsExactly("SubnetA");
        assertThat(access.subnets().get().owner()).contains("MSK cluster Cluster");
        assertThat(access.secrets()).singleElement().satisfies(s -> assertThat(s.references()
                .map(Value.ResourceRef::logicalId)).containsExactly("Secret"));
        assertThat(access.provisionedPollerConfig()).isEmpty();
    }

    @Test
    void selfManagedKafkaSubnetsAreTheVpcSubnetUrisWithoutTheirPrefix() {
        TemplateModel model = Models.inline(SAM + """
                Resources:
                  SubnetA: { Type: AWS::EC2::Subnet, Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24 } }
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Kafka:
                          Type: SelfManagedKafka
                          Properties:
                            KafkaBootstrapServers: [b-1.example.com:9092]
                            Topics: [t]
                            ProvisionedPollerConfig: { MinimumPollers: 1 }
                            SourceAccessConfigurations:
                              - { Type: VPC_SUBNET, URI: !Sub "subnet:${SubnetA}" }
                              - { Type: VPC_SUBNET, URI: subnet:subnet-0a1b2c3d }
                              - { Type: VPC_SECURITY_GROUP, URI: security_group:sg-1 }
                """);
        SourceAccess access = access(model, "Fn");
        assertThat(subnetIds(access)).containsExactly("SubnetA", "subnet-0a1b2c3d");
        assertThat(access.secrets()).isEmpty();
        assertThat(access.provisionedPollerConfig()).isPresent();
    }

    @Test
    void aPubliclyAccessibleBrokerPlacesNoPollerInItsSubnets() {
        String template = SAM + """
                Resources:
                  Broker:
                    Type: AWS::AmazonMQ::Broker
                    Properties: { PubliclyAccessible: PUBLIC, SubnetIds: [subnet-0a1b2c3d] }
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Mq:
                          Type: MQ
                          Properties:
                            Broker: !GetAtt Broker.Arn
                            Queues: [q]
                            SourceAccessConfigurations: [{ Type: BASIC_AUTH, URI: arn:aws:secretsmanager:eu-west-1:1:secret:s }]
                """;
        assertThat(access(Models.inline(template.replace("PUBLIC", "true")), "Fn").subnets()).isEmpty();
        SourceAccess privateBroker = access(Models.inline(template.replace("PUBLIC", "false")), "Fn");
        assertThat(subnetIds(privateBroker)).containsExactly("subnet-0a1b2c3d");
        assertThat(privateBroker.secrets()).hasSize(1);
    }

    @Test
    void aDocumentDbClusterPollsFromItsSubnetGroupThroughASubArn() {
        TemplateModel model = Models.inline("""
                Resources:
                  Group: { Type: AWS::DocDB::DBSubnetGroup, Properties: { SubnetIds: [subnet-0a1, subnet-0b2] } }
                  Docs: { Type: AWS::DocDB::DBCluster, Properties: { DBSubnetGroupName: !Ref Group } }
                  Fn: { Type: AWS::Lambda::Function, Properties: { Role: arn:aws:iam::1:role/r } }
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Fn
                      EventSourceArn: !Sub "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:cluster:${Docs}"
                """);
        SourceAccess access = access(model, "Fn");
        assertThat(only(model, "Fn").source()).isEqualTo(EventSource.DOCUMENTDB);
        assertThat(subnetIds(access)).containsExactly("subnet-0a1", "subnet-0b2");
        assertThat(access.subnets().get().owner()).contains("subnet group Group");
    }
}
