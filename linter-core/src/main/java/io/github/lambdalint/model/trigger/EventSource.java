package io.github.lambdalint.model.trigger;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The AWS services that invoke Lambda functions: the one table of what lambda-lint knows about
 * each — how it invokes ({@link InvocationModel}), the SAM event types that wire it (SAM's
 * samtranslator/model/eventsources), the service principals that an {@code AWS::Lambda::Permission}
 * names it by, and, for a source that Lambda polls, the property of the SAM event that names the
 * source, the resource types that are such a source, and the actions the Lambda service performs
 * with the function's role to poll it (Lambda developer guide, the execution-role permissions
 * listed for each event source mapping, e.g. "Using Lambda with Amazon SQS"; for Amazon MSK, "Configuring
 * Lambda permissions for Amazon MSK event source mappings", whose optional permissions for SASL/SCRAM
 * are {@code kafka:ListScramSecrets} and the secret's {@code GetSecretValue} and {@code DescribeSecret}).
 */
public enum EventSource {
    S3("Amazon S3", InvocationModel.ASYNC, List.of("S3"), List.of("s3")),
    SNS("Amazon SNS", InvocationModel.ASYNC, List.of("SNS"), List.of("sns")),
    EVENTBRIDGE("Amazon EventBridge", InvocationModel.ASYNC,
            List.of("Schedule", "CloudWatchEvent", "EventBridgeRule"), List.of("events")),
    SCHEDULER("EventBridge Scheduler", InvocationModel.ASYNC, List.of("ScheduleV2"), List.of()),
    CLOUDWATCH_LOGS("CloudWatch Logs", InvocationModel.ASYNC, List.of("CloudWatchLogs"), List.of("logs")),
    IOT("AWS IoT", InvocationModel.ASYNC, List.of("IoTRule"), List.of("iot")),
    IOT_EVENTS("AWS IoT Events", InvocationModel.ASYNC, List.of(), List.of("iotevents")),
    SES("Amazon SES", InvocationModel.ASYNC, List.of(), List.of("ses")),
    CODECOMMIT("AWS CodeCommit", InvocationModel.ASYNC, List.of(), List.of("codecommit")),
    CONFIG("AWS Config", InvocationModel.ASYNC, List.of(), List.of("config")),
    /**
     * A custom Lambda rule of AWS Config with only periodic triggers: invoked asynchronously like any
     * Config rule, but every period re-evaluates all the rule's resources, so a dropped event is
     * redone at the next run (LL301 reports it as a note).
     */
    CONFIG_PERIODIC_RULE("AWS Config", InvocationModel.ASYNC, List.of(), List.of()),
    API_GATEWAY("API Gateway", InvocationModel.SYNC, List.of("Api", "HttpApi"), List.of("apigateway")),
    FUNCTION_URL("a function URL", InvocationModel.SYNC, List.of(), List.of()),
    LOAD_BALANCER("Application Load Balancer", InvocationModel.SYNC, List.of(), List.of("elasticloadbalancing")),
    COGNITO("Amazon Cognito", InvocationModel.SYNC, List.of("Cognito"), List.of("cognito-idp")),
    ALEXA("Alexa", InvocationModel.SYNC, List.of("AlexaSkill"), List.of("alexa-appkit", "alexa-connectedhome")),
    LEX("Amazon Lex", InvocationModel.SYNC, List.of(), List.of("lex")),
    CONNECT("Amazon Connect", InvocationModel.SYNC, List.of(), List.of("connect")),
    SECRETS_MANAGER("AWS Secrets Manager", InvocationModel.SYNC, List.of(), List.of("secretsmanager")),
    FIREHOSE("Amazon Data Firehose", InvocationModel.SYNC, List.of(), List.of("firehose")),
    SQS("Amazon SQS", List.of("SQS"), new Mapping(Optional.of("Queue"), List.of("AWS::SQS::Queue"),
            List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes",
                    "sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch"), List.of())),
    KINESIS("Amazon Kinesis", List.of("Kinesis"), new Mapping(Optional.of("Stream"),
            List.of("AWS::Kinesis::Stream", "AWS::Kinesis::StreamConsumer"),
            List.of("kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords",
                    "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:ListStreams", "kinesis:SubscribeToShard",
                    "kinesis:DescribeStreamConsumer", "kinesis:ListStreamConsumers", "kinesis:DescribeLimits"),
            List.of())),
    DYNAMODB_STREAMS("DynamoDB Streams", List.of("DynamoDB"), new Mapping(Optional.of("Stream"),
            List.of("AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"),
            List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator",
                    "dynamodb:ListStreams"), List.of())),
    MSK("Amazon MSK", List.of("MSK"), new Mapping(Optional.of("Stream"),
            List.of("AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster"), List.of(),
            List.of("kafka:DescribeCluster", "kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers",
                    "kafka:ListScramSecrets", "kafka:DescribeVpcConnection", "secretsmanager:GetSecretValue",
                    "secretsmanager:DescribeSecret"))),
    SELF_MANAGED_KAFKA("self-managed Apache Kafka", List.of("SelfManagedKafka"), new Mapping(Optional.empty(),
            List.of(), List.of(), List.of("secretsmanager:GetSecretValue"))),
    MQ("Amazon MQ", List.of("MQ"), new Mapping(Optional.of("Broker"), List.of("AWS::AmazonMQ::Broker"), List.of(),
            List.of("mq:DescribeBroker", "secretsmanager:GetSecretValue"))),
    DOCUMENTDB("Amazon DocumentDB", List.of("DocumentDB"), new Mapping(Optional.of("Cluster"),
            List.of("AWS::DocDB::DBCluster"), List.of(),
            List.of("secretsmanager:GetSecretValue", "rds:DescribeDBClusters", "rds:DescribeDBClusterParameters",
                    "rds:DescribeDBSubnetGroups"))),
    UNKNOWN_POLLED("an event source mapping", List.of(), new Mapping(Optional.empty(), List.of(), List.of(),
            List.of()));

    /**
     * How Lambda polls a source through an event source mapping.
     *
     * @param samSourceProperty the property of the SAM event that names the source ({@code Queue}, {@code Stream})
     * @param resourceTypes     the resource types that are such a source
     * @param sourceActions     what the Lambda service calls on the source itself with the function's role
     * @param brokerActions     what it calls on other resources (the secret, the cluster) with that role
     */
    public record Mapping(Optional<String> samSourceProperty, List<String> resourceTypes, List<String> sourceActions,
                          List<String> brokerActions) {
        public Mapping {
            resourceTypes = List.copyOf(resourceTypes);
            sourceActions = List.copyOf(sourceActions);
            brokerActions = List.copyOf(brokerActions);
        }
    }

    private static final Map<String, EventSource> BY_SAM_EVENT_TYPE = index(EventSource::samEventTypes);
    private static final Map<String, EventSource> BY_PRINCIPAL = index(EventSource::principals);
    private static final Map<String, EventSource> BY_SOURCE_RESOURCE_TYPE =
            index(s -> s.mapping.map(Mapping::resourceTypes).orElse(List.of()));

    private final String serviceName;
    private final InvocationModel invocation;
    private final List<String> samEventTypes;
    private final List<String> principals;
    private final Optional<Mapping> mapping;

    EventSource(String serviceName, InvocationModel invocation, List<String> samEventTypes, List<String> principals) {
        this.serviceName = serviceName;
        this.invocation = invocation;
        this.samEventTypes = samEventTypes;
        this.principals = principals;
        this.mapping = Optional.empty();
    }

    EventSource(String serviceName, List<String> samEventTypes, Mapping mapping) {
        this.serviceName = serviceName;
        this.invocation = InvocationModel.POLL;
        this.samEventTypes = samEventTypes;
        this.principals = List.of();
        this.mapping = Optional.of(mapping);
    }

    private static Map<String, EventSource> index(Function<EventSource, List<String>> keys) {
        return Arrays.stream(values())
                .flatMap(source -> keys.apply(source).stream().map(key -> Map.entry(key, source)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The source a SAM event of this {@code Type} wires ({@code Schedule}: EventBridge). */
    public static Optional<EventSource> ofSamEventType(String type) {
        return Optional.ofNullable(BY_SAM_EVENT_TYPE.get(type));
    }

    /**
     * The source an {@code AWS::Lambda::Permission} grants by its {@code Principal}, a service
     * principal such as {@code s3.amazonaws.com}; empty for an account or an unknown service.
     */
    public static Optional<EventSource> ofPrincipal(String principal) {
        if (!principal.endsWith(".amazonaws.com") && !principal.endsWith(".amazon.com")) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_PRINCIPAL.get(principal.substring(0, principal.indexOf('.'))));
    }

    /** The polled source that a resource of this type is, when an event source mapping reads it. */
    public static Optional<EventSource> ofSourceResourceType(String type) {
        return Optional.ofNullable(BY_SOURCE_RESOURCE_TYPE.get(type));
    }

    public String serviceName() {
        return serviceName;
    }

    public InvocationModel invocation() {
        return invocation;
    }

    /** The SAM event {@code Type}s that wire this source to a function. */
    public List<String> samEventTypes() {
        return samEventTypes;
    }

    /** The first labels of the service principals that name this source ({@code s3} for {@code s3.amazonaws.com}). */
    public List<String> principals() {
        return principals;
    }

    /** How Lambda polls this source; empty for a source that invokes the function itself. */
    public Optional<Mapping> mapping() {
        return mapping;
    }

    public boolean isStream() {
        return this == KINESIS || this == DYNAMODB_STREAMS;
    }

    /**
     * Whether Lambda's poller for this source places its network interfaces in the source's own subnets
     * and security groups when the source lives in a VPC (Lambda developer guide: "Configuring your Amazon
     * MSK cluster and Amazon VPC network for Lambda", and the "Configure network security" sections for
     * self-managed Apache Kafka, Amazon MQ and Amazon DocumentDB). In on-demand mode the poller then
     * invokes the function and assumes the role through those subnets: they need a NAT route or VPC
     * endpoints for Lambda and STS, and for Secrets Manager when the mapping authenticates with a secret.
     */
    public boolean pollsFromSourceSubnets() {
        return this == MSK || this == SELF_MANAGED_KAFKA || this == MQ || this == DOCUMENTDB;
    }
}
