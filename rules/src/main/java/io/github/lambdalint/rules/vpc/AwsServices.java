package io.github.lambdalint.rules.vpc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.lambdalint.model.iam.ActionPattern;

/**
 * Facts about the AWS APIs a function's role lets it call: which IAM actions are no call from
 * the function's network interfaces at all, and which VPC endpoint serves the API of an IAM
 * service prefix. Endpoint service names are the part after the region in
 * {@code com.amazonaws.<region>.<name>}, from the AWS PrivateLink guide's list of "AWS services
 * that integrate with AWS PrivateLink"
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html).
 */
final class AwsServices {

    private AwsServices() {
    }

    /** IAM prefixes whose endpoint service name differs from the prefix. */
    private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("cloudwatch", List.of("monitoring")),
            Map.entry("kinesis", List.of("kinesis-streams")),
            Map.entry("firehose", List.of("kinesis-firehose")),
            Map.entry("ses", List.of("email", "email-smtp")),
            Map.entry("sagemaker", List.of("sagemaker.api", "sagemaker.runtime")),
            Map.entry("ecr", List.of("ecr.api", "ecr.dkr")),
            Map.entry("iot", List.of("iot.data")),
            Map.entry("codecommit", List.of("codecommit", "git-codecommit")),
            Map.entry("states", List.of("states", "sync-states")),
            Map.entry("appconfig", List.of("appconfig", "appconfigdata")),
            Map.entry("bedrock", List.of("bedrock", "bedrock-runtime", "bedrock-agent", "bedrock-agent-runtime")),
            Map.entry("appsync", List.of("appsync-api")));

    /**
     * Prefixes whose actions are no call through the function's network interfaces:
     * CloudWatch Logs and X-Ray (the Lambda service ships logs and traces), KMS (nearly always
     * granted so that SQS, S3, Secrets Manager or Lambda itself can decrypt on the function's
     * behalf), and the data planes of resources that live inside the VPC (DAX, IAM database
     * authentication, MSK IAM authentication, Neptune). OpenSearch Serverless collections have
     * their own kind of VPC endpoint, which this table cannot judge.
     */
    private static final Set<String> NOT_CALLS = Set.of("logs", "xray", "kms", "dax", "rds-db", "kafka-cluster",
            "neptune-db", "aoss");

    /** Network interface actions: what the Lambda service does to attach the function to the VPC. */
    private static final List<String> NETWORK_INTERFACE_ACTIONS = List.of("ec2:CreateNetworkInterface",
            "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses",
            "ec2:UnassignPrivateIpAddresses", "ec2:DescribeSubnets", "ec2:DescribeVpcs",
            "ec2:DescribeSecurityGroups", "ec2:DetachNetworkInterface", "ec2:AttachNetworkInterface");

    /** Single actions that are no call: passing a role, pulling the function's image. */
    private static final Set<String> NOT_CALL_ACTIONS = Set.of("iam:passrole", "ecr:batchgetimage",
            "ecr:getdownloadurlforlayer", "ecr:batchchecklayeravailability");

    /**
     * The IAM service prefix of an action pattern that names a call the function's code makes,
     * or null: {@code *} and patterns whose service part is a wildcard say nothing specific, and
     * logs, X-Ray, network interface management and the like are no calls.
     */
    static String calledService(String actionPattern) {
        String pattern = actionPattern.strip();
        int colon = pattern.indexOf(':');
        if (colon <= 0) {
            return null; // "*" or not an action
        }
        String service = pattern.substring(0, colon).toLowerCase(Locale.ROOT);
        if (service.contains("*") || service.contains("?") || NOT_CALLS.contains(service)) {
            return null;
        }
        String lower = pattern.toLowerCase(Locale.ROOT);
        if (NOT_CALL_ACTIONS.contains(lower)) {
            return null;
        }
        if (lower.endsWith(":clientmount") || lower.endsWith(":clientwrite") || lower.endsWith(":clientrootaccess")) {
            return null; // mounting a file system (EFS, S3 Files) through its mount target in the VPC
        }
        if (lower.startsWith("es:eshttp")) {
            return null; // an OpenSearch domain's own endpoint: inside the VPC or public, not known here
        }
        if (service.equals("ec2") && NETWORK_INTERFACE_ACTIONS.stream().anyMatch(a -> ActionPattern.matches(pattern, a))) {
            return null; // ec2:* and ec2:Describe* are written for the network interfaces
        }
        return service;
    }

    /** The VPC endpoint service names that serve an IAM service prefix's API. */
    static List<String> endpointsFor(String iamService) {
        return ENDPOINTS.getOrDefault(iamService, List.of(iamService));
    }
}
