package io.github.lambdalint.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.resolve.Value;

/**
 * Facts about the AWS managed policies that matter for Lambda: which actions each allows (on
 * every resource) and who uses them. Source: the AWS Managed Policy Reference
 * (docs.aws.amazon.com/aws-managed-policy/latest/reference/). A policy not listed here is
 * treated as unreadable, never as empty.
 */
final class AwsManagedPolicies {

    /** What one managed policy allows. */
    record Facts(String name, List<String> actions, List<String> notActions, Purpose purpose) {
    }

    private static final List<String> LOGS =
            List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents");
    private static final List<String> ENI = List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
            "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses");
    private static final List<String> XRAY = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries");

    private static final Map<String, Facts> BY_NAME = Map.ofEntries(
            service("AWSLambdaBasicExecutionRole", LOGS),
            service("AWSLambdaBasicDurableExecutionRolePolicy", concat(LOGS,
                    List.of("lambda:CheckpointDurableExecution", "lambda:GetDurableExecutionState"))),
            service("AWSLambdaVPCAccessExecutionRole", concat(LOGS, ENI, List.of("ec2:DescribeSubnets"))),
            service("AWSLambdaENIManagementAccess", ENI),
            service("AWSLambdaSQSQueueExecutionRole", concat(LOGS,
                    List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"))),
            service("AWSLambdaKinesisExecutionRole", concat(LOGS, List.of("kinesis:DescribeStream",
                    "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator",
                    "kinesis:ListShards", "kinesis:ListStreams", "kinesis:SubscribeToShard"))),
            service("AWSLambdaDynamoDBExecutionRole", concat(LOGS, List.of("dynamodb:DescribeStream",
                    "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"))),
            service("AWSLambdaMSKExecutionRole", concat(LOGS, List.of("kafka:DescribeCluster",
                    "kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers", "ec2:CreateNetworkInterface",
                    "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:DescribeVpcs",
                    "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"))),
            // the operator role of a Lambda Managed Instances capacity provider; the policy limits some
            // actions to subnets, security groups or Lambda-managed instances, which the table leaves out
            service("AWSLambdaManagedEC2ResourceOperator", List.of("ec2:RunInstances", "ec2:CreateTags",
                    "ec2:AttachNetworkInterface", "ec2:CreateNetworkInterface", "ec2:DescribeAvailabilityZones",
                    "ec2:DescribeCapacityReservations", "ec2:DescribeInstances", "ec2:DescribeInstanceStatus",
                    "ec2:DescribeInstanceTypeOfferings", "ec2:DescribeInstanceTypes", "ec2:DescribeSecurityGroups",
                    "ec2:DescribeSubnets")),
            service("AWSXrayWriteOnlyAccess", XRAY),
            service("AWSXRayDaemonWriteAccess", XRAY),
            code("AWSLambdaRole", List.of("lambda:InvokeFunction")),
            code("AWSLambda_FullAccess", List.of("lambda:*")),
            code("AdministratorAccess", List.of("*")),
            Map.entry("PowerUserAccess", new Facts("PowerUserAccess", List.of(),
                    List.of("iam:*", "organizations:*", "account:*"), Purpose.FUNCTION_CODE)),
            code("AmazonS3FullAccess", List.of("s3:*", "s3-object-lambda:*")),
            code("AmazonS3ReadOnlyAccess", List.of("s3:Get*", "s3:List*", "s3:Describe*",
                    "s3-object-lambda:Get*", "s3-object-lambda:List*")),
            code("AmazonDynamoDBFullAccess", List.of("dynamodb:*", "dax:*")),
            code("AmazonDynamoDBReadOnlyAccess", List.of("dynamodb:BatchGetItem", "dynamodb:Describe*",
                    "dynamodb:List*", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dax:Describe*",
                    "dax:List*", "dax:GetItem", "dax:BatchGetItem", "dax:Query", "dax:Scan")),
            code("AmazonSQSFullAccess", List.of("sqs:*")),
            code("AmazonSNSFullAccess", List.of("sns:*")),
            code("SecretsManagerReadWrite", List.of("secretsmanager:*")));

    private AwsManagedPolicies() {
    }

    static Optional<Facts> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The managed policy an ARN names, recognised by its {@code :iam::aws:policy/} path whatever
     * the partition (CDK writes the partition as {@code Ref AWS::Partition}).
     */
    static Optional<String> policyName(Value arn) {
        String tail = arn instanceof Value.Concat concat ? concat.literalSuffix() : arn.asText().orElse("");
        int at = tail.indexOf(":iam::aws:policy/");
        if (at < 0) {
            return Optional.empty();
        }
        String path = tail.substring(at + ":iam::aws:policy/".length());
        return Optional.of(path.substring(path.lastIndexOf('/') + 1));
    }

    private static Map.Entry<String, Facts> service(String name, List<String> actions) {
        return Map.entry(name, new Facts(name, actions, List.of(), Purpose.LAMBDA_SERVICE));
    }

    private static Map.Entry<String, Facts> code(String name, List<String> actions) {
        return Map.entry(name, new Facts(name, actions, List.of(), Purpose.FUNCTION_CODE));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
