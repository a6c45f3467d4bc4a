package io.github.lambdalint.model.trigger;

/** The AWS services that invoke Lambda functions, with how each invokes. */
public enum EventSource {
    S3("Amazon S3", InvocationModel.ASYNC),
    SNS("Amazon SNS", InvocationModel.ASYNC),
    EVENTBRIDGE("Amazon EventBridge", InvocationModel.ASYNC),
    SCHEDULER("EventBridge Scheduler", InvocationModel.ASYNC),
    CLOUDWATCH_LOGS("CloudWatch Logs", InvocationModel.ASYNC),
    IOT("AWS IoT", InvocationModel.ASYNC),
    IOT_EVENTS("AWS IoT Events", InvocationModel.ASYNC),
    SES("Amazon SES", InvocationModel.ASYNC),
    CODECOMMIT("AWS CodeCommit", InvocationModel.ASYNC),
    CONFIG("AWS Config", InvocationModel.ASYNC),
    API_GATEWAY("API Gateway", InvocationModel.SYNC),
    FUNCTION_URL("a function URL", InvocationModel.SYNC),
    LOAD_BALANCER("Application Load Balancer", InvocationModel.SYNC),
    COGNITO("Amazon Cognito", InvocationModel.SYNC),
    ALEXA("Alexa", InvocationModel.SYNC),
    LEX("Amazon Lex", InvocationModel.SYNC),
    CONNECT("Amazon Connect", InvocationModel.SYNC),
    SECRETS_MANAGER("AWS Secrets Manager", InvocationModel.SYNC),
    FIREHOSE("Amazon Data Firehose", InvocationModel.SYNC),
    SQS("Amazon SQS", InvocationModel.POLL),
    KINESIS("Amazon Kinesis", InvocationModel.POLL),
    DYNAMODB_STREAMS("DynamoDB Streams", InvocationModel.POLL),
    MSK("Amazon MSK", InvocationModel.POLL),
    SELF_MANAGED_KAFKA("self-managed Apache Kafka", InvocationModel.POLL),
    MQ("Amazon MQ", InvocationModel.POLL),
    DOCUMENTDB("Amazon DocumentDB", InvocationModel.POLL),
    UNKNOWN_POLLED("an event source mapping", InvocationModel.POLL);

    private final String serviceName;
    private final InvocationModel invocation;

    EventSource(String serviceName, InvocationModel invocation) {
        this.serviceName = serviceName;
        this.invocation = invocation;
    }

    public String serviceName() {
        return serviceName;
    }

    public InvocationModel invocation() {
        return invocation;
    }

    public boolean isStream() {
        return this == KINESIS || this == DYNAMODB_STREAMS;
    }
}
