package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.resolve.Value;

/** The permissions of a written role that the Lambda service uses for one function, not its code. */
class LambdaServicePermissionsTest {

    private static final String SHARED_ROLE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Jobs:
                Type: AWS::SQS::Queue
              Failed:
                Type: AWS::SQS::Queue
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                  KeySchema: [{ AttributeName: id, KeyType: HASH }]
                  BillingMode: PAY_PER_REQUEST
              Role:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
                  Policies:
                    - PolicyName: Work
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes, dynamodb:PutItem]
                            Resource: "*"
                          - Effect: Allow
                            Action: sqs:SendMessage
                            Resource: !GetAtt Failed.Arn
              Poller:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt Role.Arn
                  Runtime: python3.12
                  Handler: index.handler
                  Code: { ZipFile: "def handler(e, c): pass" }
                  DeadLetterConfig: { TargetArn: !GetAtt Failed.Arn }
              Mapping:
                Type: AWS::Lambda::EventSourceMapping
                Properties: { FunctionName: !Ref Poller, EventSourceArn: !GetAtt Jobs.Arn }
              Worker:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt Role.Arn
                  Runtime: python3.12
                  Handler: index.handler
                  Code: { ZipFile: "def handler(e, c): pass" }
            """;

    /** Each action of the function's role, with who uses it. */
    private static Map<String, Purpose> purposes(TemplateModel model, String function) {
        return model.function(function).orElseThrow().role().permissions().statements().stream()
                .flatMap(s -> s.actions().stream().map(a -> Map.entry(a.asText().orElseThrow(), s.purpose())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void pollingAndDeadLetterWritesAreTheServicesForThePollerOnly() {
        TemplateModel model = Models.inline(SHARED_ROLE);
        assertThat(purposes(model, "Poller")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "sqs:ReceiveMessage", Purpose.LAMBDA_SERVICE, "sqs:DeleteMessage", Purpose.LAMBDA_SERVICE,
                "sqs:GetQueueAttributes", Purpose.LAMBDA_SERVICE, "dynamodb:PutItem", Purpose.FUNCTION_CODE,
                "sqs:SendMessage", Purpose.LAMBDA_SERVICE));
        assertThat(purposes(model, "Worker").values()).containsOnly(Purpose.FUNCTION_CODE);
    }

    @Test
    void aMixedStatementIsSplitAndKeepsWhereItIsWritten() {
        TemplateModel model = Models.inline(SHARED_ROLE);
        List<PolicyStatement> poller = model.function("Poller").orElseThrow().role().permissions().statements();
        List<PolicyStatement> worker = model.function("Worker").orElseThrow().role().permissions().statements();
        assertThat(poller).hasSize(3);
        assertThat(worker).hasSize(2);
        assertThat(poller.get(0).position()).isEqualTo(poller.get(1).position()).isEqualTo(worker.get(0).position());
        assertThat(poller.get(0).actions()).extracting(v -> v.asText().orElseThrow())
                .containsExactly("dynamodb:PutItem");
        assertThat(poller.get(1).actions()).map(Value::asText).hasSize(3);
    }

    @Test
    void aSendToAnotherQueueIsTheCodes() {
        TemplateModel model = Models.inline(SHARED_ROLE.replace("TargetArn: !GetAtt Failed.Arn",
                "TargetArn: !GetAtt Jobs.Arn"));
        assertThat(purposes(model, "Poller")).containsEntry("sqs:SendMessage", Purpose.FUNCTION_CODE);
    }

    @Test
    void functionsThatMarkNothingShareTheRoleAndAlikeMarksShareOnePermissions() {
        // A second poller of the same queue with the same dead-letter queue: its marks equal the first's.
        String yaml = SHARED_ROLE + """
                  SecondPoller:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt Role.Arn
                      Runtime: python3.12
                      Handler: index.handler
                      Code: { ZipFile: "def handler(e, c): pass" }
                      DeadLetterConfig: { TargetArn: !GetAtt Failed.Arn }
                  SecondMapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties: { FunctionName: !Ref SecondPoller, EventSourceArn: !GetAtt Jobs.Arn }
                  SecondWorker:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt Role.Arn
                      Runtime: python3.12
                      Handler: index.handler
                      Code: { ZipFile: "def handler(e, c): pass" }
                """;
        TemplateModel model = Models.inline(yaml);
        assertThat(model.function("SecondWorker").orElseThrow().role())
                .isSameAs(model.function("Worker").orElseThrow().role());
        assertThat(model.function("SecondPoller").orElseThrow().role().permissions())
                .isSameAs(model.function("Poller").orElseThrow().role().permissions())
                .isNotSameAs(model.function("Worker").orElseThrow().role().permissions());
    }

    /**
     * Function Fn with a role whose statements are given, polled by a mapping with the given properties,
     * beside the given resources.
     */
    private static TemplateModel polledWith(String resources, String statements, String mapping) {
        return Models.inline("Resources:\n" + resources.indent(2) + """
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: { Statement: [] }
                      Policies:
                        - PolicyName: p
                          PolicyDocument:
                            Statement:
                """ + statements.indent(16) + """
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt Role.Arn
                      Runtime: python3.12
                      Handler: index.handler
                      Code: { ZipFile: "def handler(e, c): pass" }
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Fn
                """ + mapping.indent(6));
    }

    @Test
    void theSecretAKafkaMappingAuthenticatesWithIsThePollersAndAnotherSecretIsTheCodes() {
        TemplateModel model = polledWith("""
                KafkaSecret: { Type: AWS::SecretsManager::Secret }
                ApiKey: { Type: AWS::SecretsManager::Secret }
                """, """
                - { Effect: Allow, Action: [kafka:ListScramSecrets, kafka:DescribeVpcConnection], Resource: "*" }
                - { Effect: Allow, Action: secretsmanager:*, Resource: !Ref KafkaSecret }
                - { Effect: Allow, Action: secretsmanager:GetSecretValue, Resource: !Ref ApiKey }
                """, """
                EventSourceArn: arn:aws:kafka:eu-west-1:123456789012:cluster/orders/abc
                SourceAccessConfigurations: [{ Type: SASL_SCRAM_512_AUTH, URI: !Ref KafkaSecret }]
                """);
        List<PolicyStatement> statements = model.function("Fn").orElseThrow().role().permissions().statements();
        assertThat(statements).extracting(PolicyStatement::purpose)
                .containsExactly(Purpose.LAMBDA_SERVICE, Purpose.LAMBDA_SERVICE, Purpose.FUNCTION_CODE);
        assertThat(statements.get(2).resources()).singleElement()
                .satisfies(r -> assertThat(r.references().map(Value.ResourceRef::logicalId)).containsExactly("ApiKey"));
    }

    @Test
    void aWildcardOfTheBrokersReadsOnTheBrokerIsThePollersButNotOnAnotherBroker() {
        String brokers = """
                Broker: { Type: AWS::AmazonMQ::Broker }
                Other: { Type: AWS::AmazonMQ::Broker }
                """;
        String mapping = "EventSourceArn: !GetAtt Broker.Arn\nQueues: [q]\n";
        assertThat(purposes(polledWith(brokers, "- { Effect: Allow, Action: mq:Describe*, Resource: !GetAtt Broker.Arn }",
                mapping), "Fn")).containsExactlyEntriesOf(Map.of("mq:Describe*", Purpose.LAMBDA_SERVICE));
        assertThat(purposes(polledWith(brokers, "- { Effect: Allow, Action: mq:Describe*, Resource: !GetAtt Other.Arn }",
                mapping), "Fn")).containsExactlyEntriesOf(Map.of("mq:Describe*", Purpose.FUNCTION_CODE));
    }
}
