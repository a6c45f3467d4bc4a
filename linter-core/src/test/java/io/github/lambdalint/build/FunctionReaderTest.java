package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.AsyncInvokeConfig;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

class FunctionReaderTest {

    private static final String SAM = "Transform: AWS::Serverless-2016-10-31\n";

    @Test
    void samEventInvokeConfigIsOnTheAliasOrLatest() {
        TemplateModel model = Models.inline(SAM + """
                Resources:
                  Aliased:
                    Type: AWS::Serverless::Function
                    Properties:
                      AutoPublishAlias: live
                      EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: SQS } } }
                  Plain:
                    Type: AWS::Serverless::Function
                    Properties:
                      EventInvokeConfig: { DestinationConfig: { OnSuccess: { Type: SNS } } }
                """);
        AsyncInvokeConfig aliased = model.function("Aliased").orElseThrow().asyncInvokeConfigs().get(0);
        assertThat(aliased.qualifier().flatMap(Value::asText)).contains("live");
        assertThat(aliased.onFailureDestination()).as("SAM creates the queue from Type alone").isPresent();
        AsyncInvokeConfig plain = model.function("Plain").orElseThrow().asyncInvokeConfigs().get(0);
        assertThat(plain.qualifier().flatMap(Value::asText)).contains("$LATEST");
        assertThat(plain.onFailureDestination()).isEmpty();
    }

    @Test
    void aDeadLetterConfigUnderAConditionMayExist() {
        TemplateModel model = Models.inline("""
                Conditions:
                  Prod: !Equals [!Ref AWS::AccountId, "123456789012"]
                Resources:
                  Conditional:
                    Type: AWS::Lambda::Function
                    Properties:
                      DeadLetterConfig: !If [Prod, { TargetArn: arn:aws:sqs:eu-west-1:123456789012:dlq }, !Ref AWS::NoValue]
                  Empty:
                    Type: AWS::Lambda::Function
                    Properties:
                      DeadLetterConfig: {}
                """);
        assertThat(model.function("Conditional").orElseThrow().deadLetterQueue()).isPresent();
        assertThat(model.function("Empty").orElseThrow().deadLetterQueue()).isEmpty();
    }

    @Test
    void theGeneratedRoleGetsNoQueuePolicyForAPlainSnsSubscription() {
        TemplateModel model = Models.inline(SAM + """
                Resources:
                  Topic: { Type: AWS::SNS::Topic }
                  Plain:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note: { Type: SNS, Properties: { Topic: !Ref Topic, SqsSubscription: false } }
                  Queued:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note: { Type: SNS, Properties: { Topic: !Ref Topic, SqsSubscription: true } }
                """);
        ExecutionRole plain = model.function("Plain").orElseThrow().role();
        ExecutionRole queued = model.function("Queued").orElseThrow().role();
        assertThat(plain.permissions().allows("sqs:ReceiveMessage")).isEqualTo(TriState.NO);
        assertThat(queued.permissions().allows("sqs:ReceiveMessage")).isEqualTo(TriState.YES);
    }

    @Test
    void theGeneratedRoleOfAVpcFunctionAllowsTheNetworkInterfaceActions() {
        TemplateModel model = Models.inline(SAM + """
                Globals:
                  Function:
                    VpcConfig: { SubnetIds: [subnet-1], SecurityGroupIds: [sg-1] }
                Resources:
                  Fn: { Type: AWS::Serverless::Function }
                """);
        ExecutionRole role = model.function("Fn").orElseThrow().role();
        assertThat(role).isInstanceOf(ExecutionRole.GeneratedRole.class);
        for (String action : new String[] {"ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                "ec2:DeleteNetworkInterface"}) {
            assertThat(role.permissions().allows(action)).as(action).isEqualTo(TriState.YES);
        }
        assertThat(model.function("Fn").orElseThrow().vpcAttachment().config().map(VpcConfig::subnets))
                .isNotEqualTo(Optional.empty());
    }

    @Test
    void onSuccessDestinationsAreRead() {
        TemplateModel model = Models.inline("""
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Done:
                    Type: AWS::SQS::Queue
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: { Role: arn:aws:iam::123456789012:role/r, Runtime: python3.12, Handler: i.h, Code: { ZipFile: x } }
                  Async:
                    Type: AWS::Lambda::EventInvokeConfig
                    Properties:
                      FunctionName: !Ref Fn
                      Qualifier: $LATEST
                      DestinationConfig: { OnSuccess: { Destination: !GetAtt Done.Arn } }
                """);
        assertThat(model.function("Fn").orElseThrow().asyncInvokeConfigs()).singleElement()
                .satisfies(c -> assertThat(c.onSuccessDestination()).isPresent());
    }
}
