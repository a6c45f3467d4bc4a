package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.lambdalint.model.AsyncInvokeConfig;
import io.github.lambdalint.model.Evidence;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.iam.ActionPattern;
import io.github.lambdalint.model.iam.Effect;
import io.github.lambdalint.model.iam.Permissions;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * What a function's template shows it calls over the network: AWS APIs its role lets its code
 * use, other functions whose name or ARN its environment passes, and URLs in its environment.
 * Only evidence counts: what the Lambda service does with the role on the function's behalf
 * (logs, traces, network interfaces, polling event sources, writing to the dead-letter queue and
 * destinations) is no call, and {@code Action: "*"} names no particular service.
 */
final class OutboundCalls {

    /**
     * One thing the function calls. {@code endpoints} are the VPC endpoint service names that
     * serve it; empty for a host on the internet, which only a NAT reaches.
     */
    record Call(String key, String label, List<String> endpoints, List<Evidence> evidence) {
        boolean internetOnly() {
            return endpoints.isEmpty();
        }
    }

    private static final Set<String> FUNCTION_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function",
            "AWS::Lambda::Version", "AWS::Lambda::Alias");

    /** How an event source mapping reads its source: the actions the Lambda service uses to poll. */
    private static final Map<EventSource, List<String>> POLLING = Map.of(
            EventSource.SQS, List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:DeleteMessageBatch",
                    "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch"),
            EventSource.KINESIS, List.of("kinesis:DescribeStream", "kinesis:DescribeStreamSummary",
                    "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:ListStreams",
                    "kinesis:SubscribeToShard", "kinesis:DescribeStreamConsumer", "kinesis:ListStreamConsumers",
                    "kinesis:DescribeLimits"),
            EventSource.DYNAMODB_STREAMS, List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
                    "dynamodb:GetShardIterator", "dynamodb:ListStreams"));

    /**
     * Event sources whose mapping reads a secret or describes the cluster with the function's
     * role, on resources other than the source (the secret, the broker, the subnets).
     */
    private static final Map<EventSource, List<String>> BROKER_POLLING = Map.of(
            EventSource.MSK, List.of("kafka:DescribeCluster", "kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers",
                    "secretsmanager:GetSecretValue"),
            EventSource.SELF_MANAGED_KAFKA, List.of("secretsmanager:GetSecretValue"),
            EventSource.MQ, List.of("mq:DescribeBroker", "secretsmanager:GetSecretValue"),
            EventSource.DOCUMENTDB, List.of("secretsmanager:GetSecretValue", "rds:DescribeDBClusters",
                    "rds:DescribeDBClusterParameters", "rds:DescribeDBSubnetGroups"));

    /** The write each destination service needs, which the Lambda service does with the role. */
    private static final Map<String, List<String>> DESTINATION_WRITES = Map.of(
            "sqs", List.of("sqs:SendMessage", "sqs:SendMessageBatch"),
            "sns", List.of("sns:Publish"),
            "lambda", List.of("lambda:InvokeFunction", "lambda:InvokeAsync"),
            "events", List.of("events:PutEvents"),
            "s3", List.of("s3:PutObject", "s3:ListBucket"));

    private final TemplateModel model;
    private final LambdaFunction function;
    private final Map<String, Call> calls = new LinkedHashMap<>();

    private OutboundCalls(TemplateModel model, LambdaFunction function) {
        this.model = model;
        this.function = function;
    }

    /**
     * The calls the template shows, one per service or host, in the order they are written.
     * {@code grantsOfRole} keeps each role's grants for the next function with the same role.
     */
    static List<Call> of(TemplateModel model, LambdaFunction function,
                         Map<Permissions, List<Grant>> grantsOfRole) {
        OutboundCalls reader = new OutboundCalls(model, function);
        reader.readRole(grantsOfRole.computeIfAbsent(function.role().permissions(), OutboundCalls::grants));
        reader.readEnvironment();
        return List.copyOf(reader.calls.values());
    }

    // ---- the role ----------------------------------------------------------------------------

    /**
     * One action pattern of the role's Allow statements for the code that names a called service,
     * on resources written alike, with every statement that grants it in the order they are written
     * ({@code indices} number the pattern's places among all the role's patterns). Whether a
     * function's use of the grant is the Lambda service's own (a destination write, polling an
     * event source) depends only on the pattern and on those resources, so a role with hundreds of
     * identical policies is judged once per grant, not once per policy.
     */
    record Grant(String pattern, String service, List<PolicyStatement> statements, List<Integer> indices) {
    }

    /** The role's grants, read once per role. */
    static List<Grant> grants(Permissions permissions) {
        Map<GrantKey, GrantBuilder> grants = new LinkedHashMap<>();
        int index = 0;
        for (PolicyStatement statement : permissions.statements()) {
            if (statement.effect() != Effect.ALLOW || statement.notAction()
                    || statement.purpose() == Purpose.LAMBDA_SERVICE) {
                continue;
            }
            List<ResourceShape> resources = null;
            for (Value action : statement.actions()) {
                Optional<String> pattern = action.asText();
                String service = pattern.map(AwsServices::calledService).orElse(null);
                if (service == null) {
                    continue;
                }
                if (resources == null) {
                    resources = statement.resources().stream().map(ResourceShape::of).toList();
                }
                grants.computeIfAbsent(new GrantKey(pattern.get(), resources),
                        k -> new GrantBuilder(pattern.get(), service)).add(statement, index++);
            }
        }
        return grants.values().stream().map(GrantBuilder::build).toList();
    }

    /** Statements grant alike when they name the same pattern on resources of the same shape. */
    private record GrantKey(String pattern, List<ResourceShape> resources) {
    }

    /** What {@link #isEverything} and {@link #sameResource} read of a resource. */
    private record ResourceShape(Set<String> references, Optional<String> literalText, Optional<String> text) {
        static ResourceShape of(Value resource) {
            Set<String> references = resource.references().map(Value.ResourceRef::logicalId)
                    .collect(Collectors.toSet());
            return new ResourceShape(references, resource.literalText(), resource.asText());
        }
    }

    private static final class GrantBuilder {
        private final String pattern;
        private final String service;
        private final List<PolicyStatement> statements = new ArrayList<>();
        private final List<Integer> indices = new ArrayList<>();

        GrantBuilder(String pattern, String service) {
            this.pattern = pattern;
            this.service = service;
        }

        void add(PolicyStatement statement, int index) {
            statements.add(statement);
            indices.add(index);
        }

        Grant build() {
            return new Grant(pattern, service, statements, indices);
        }
    }

    private void readRole(List<Grant> grants) {
        List<Value> destinations = destinations();
        List<Trigger> polled = model.triggersOf(function.logicalId()).stream()
                .filter(t -> t.polling().isPresent()).toList();
        // A call keeps at most three pieces of evidence, one per statement position, so only the
        // first three statements of a grant with distinct positions can ever be shown; they are
        // added in the order the role's patterns are written, as if every statement were read.
        record Shown(int index, PolicyStatement statement, Grant grant) {
        }
        List<Shown> shown = new ArrayList<>();
        for (Grant grant : grants) {
            PolicyStatement first = grant.statements().get(0);
            if (isDestinationWrite(grant.pattern(), grant.service(), first, destinations)
                    || isPolling(grant.pattern(), first, polled)) {
                continue;
            }
            List<Position> positions = new ArrayList<>();
            for (int i = 0; i < grant.statements().size() && positions.size() < 3; i++) {
                PolicyStatement statement = grant.statements().get(i);
                if (!positions.contains(statement.position())) {
                    positions.add(statement.position());
                    shown.add(new Shown(grant.indices().get(i), statement, grant));
                }
            }
        }
        shown.sort(Comparator.comparingInt(Shown::index));
        for (Shown entry : shown) {
            String service = entry.grant().service();
            String text = entry.statement().origin() + " allows " + entry.grant().pattern();
            add(service, service, AwsServices.endpointsFor(service), Evidence.at(entry.statement().position(), text));
        }
    }

    /** The function's dead-letter queue and its asynchronous and stream on-failure/on-success destinations. */
    private List<Value> destinations() {
        List<Value> destinations = new ArrayList<>();
        function.deadLetterQueue().ifPresent(d -> destinations.add(d.targetArn()));
        for (AsyncInvokeConfig config : function.asyncInvokeConfigs()) {
            config.onFailureDestination().ifPresent(destinations::add);
            config.onSuccessDestination().ifPresent(destinations::add);
        }
        for (Trigger trigger : model.triggersOf(function.logicalId())) {
            trigger.polling().flatMap(p -> p.onFailureDestination()).ifPresent(destinations::add);
        }
        return destinations;
    }

    /** A write to the dead-letter queue or a destination: the Lambda service does it, not the code. */
    private boolean isDestinationWrite(String pattern, String service, PolicyStatement statement,
                                       List<Value> destinations) {
        List<String> writes = DESTINATION_WRITES.get(service);
        if (writes == null || writes.stream().noneMatch(w -> ActionPattern.matches(pattern, w))) {
            return false;
        }
        List<Value> ofService = destinations.stream()
                .filter(d -> destinationService(d).filter(service::equals).isPresent()).toList();
        if (ofService.isEmpty() || statement.resources().isEmpty()) {
            return false;
        }
        return statement.resources().stream().allMatch(r -> isEverything(r)
                || ofService.stream().anyMatch(d -> sameResource(r, d)));
    }

    /** An event source mapping's own reads of its queue or stream (or the secret of a broker). */
    private static boolean isPolling(String pattern, PolicyStatement statement, List<Trigger> polled) {
        for (Trigger trigger : polled) {
            List<String> broker = BROKER_POLLING.get(trigger.source());
            if (broker != null && broker.stream().anyMatch(a -> a.equalsIgnoreCase(pattern))) {
                return true;
            }
            List<String> reads = POLLING.get(trigger.source());
            Optional<Value> source = trigger.polling().flatMap(p -> p.eventSourceArn());
            if (reads == null || source.isEmpty() || statement.resources().isEmpty()) {
                continue;
            }
            boolean wildcard = pattern.contains("*") || pattern.contains("?");
            boolean read = reads.stream().anyMatch(a -> a.equalsIgnoreCase(pattern))
                    || wildcard && reads.stream().anyMatch(a -> ActionPattern.matches(pattern, a));
            if (read && statement.resources().stream().allMatch(r -> isEverything(r) || sameResource(r, source.get()))) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> destinationService(Value destination) {
        if (destination instanceof Value.MapValue map) {
            // SAM creates the queue or topic when a destination names only its Type
            return map.get("Type").flatMap(Value::asText).map(t -> switch (t.toUpperCase(Locale.ROOT)) {
                case "SQS" -> "sqs";
                case "SNS" -> "sns";
                case "EVENTBRIDGE" -> "events";
                case "LAMBDA" -> "lambda";
                case "S3BUCKET" -> "s3";
                default -> "";
            });
        }
        for (Value.ResourceRef ref : destination.references().toList()) {
            Optional<String> type = model.typeOf(ref.logicalId());
            if (type.isPresent()) {
                String service = switch (type.get()) {
                    case "AWS::SQS::Queue" -> "sqs";
                    case "AWS::SNS::Topic" -> "sns";
                    case "AWS::Events::EventBus" -> "events";
                    case "AWS::S3::Bucket" -> "s3";
                    default -> FUNCTION_TYPES.contains(type.get()) ? "lambda" : null;
                };
                if (service != null) {
                    return Optional.of(service);
                }
            }
        }
        String text = literalParts(destination).toLowerCase(Locale.ROOT);
        for (String service : List.of("sqs", "sns", "lambda", "events", "s3")) {
            if (text.contains(":" + service + ":")) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    private static boolean isEverything(Value resource) {
        return resource.asText().filter("*"::equals).isPresent();
    }

    /** Two values that name the same resource: the same logical id, or the same ARN text. */
    private static boolean sameResource(Value a, Value b) {
        Set<String> refsOfA = a.references().map(Value.ResourceRef::logicalId).collect(Collectors.toSet());
        if (b.references().map(Value.ResourceRef::logicalId).anyMatch(refsOfA::contains)) {
            return true;
        }
        Optional<String> textA = a.literalText();
        Optional<String> textB = b.literalText();
        return textA.isPresent() && textB.isPresent()
                && (textA.get().equals(textB.get()) || ActionPattern.matches(textA.get(), textB.get()));
    }

    // ---- the environment ---------------------------------------------------------------------

    private void readEnvironment() {
        boolean privateZones = model.hasResourceOfType("AWS::Route53::HostedZone")
                || model.hasResourceOfType("AWS::ServiceDiscovery::PrivateDnsNamespace");
        for (Map.Entry<String, Value> variable : function.environmentVariables().entrySet()) {
            List<Value> alternatives = variable.getValue().alternatives();
            Call first = null;
            for (Value alternative : alternatives) {
                Call call = callIn(variable.getKey(), alternative, privateZones);
                if (call == null) {
                    first = null; // some deployment of the variable calls nothing
                    break;
                }
                if (first == null) {
                    first = call;
                }
            }
            if (first != null) {
                add(first.key(), first.label(), first.endpoints(), first.evidence().get(0));
            }
        }
    }

    private Call callIn(String name, Value value, boolean privateZones) {
        Optional<String> other = otherFunction(value);
        if (other.isPresent()) {
            return new Call("lambda", "lambda", List.of("lambda"), List.of(Evidence.at(value.position(),
                    "environment variable " + name + " passes " + other.get())));
        }
        for (Value.ResourceRef ref : value.references().toList()) {
            if (ref.isAttribute("FunctionUrl")
                    && model.typeOf(ref.logicalId()).filter("AWS::Lambda::Url"::equals).isPresent()) {
                return new Call("internet:function-url:" + ref.logicalId(), "the function URL " + ref.logicalId(),
                        List.of(), List.of(Evidence.at(value.position(), "environment variable " + name
                        + " passes the URL of function URL " + ref.logicalId() + ", a public HTTPS endpoint")));
            }
        }
        Optional<UrlTargets.Target> target = UrlTargets.of(value, privateZones);
        if (target.isEmpty()) {
            return null;
        }
        UrlTargets.Target url = target.get();
        String shown = url.url().length() > 80 ? url.url().substring(0, 77) + "..." : url.url();
        return switch (url.kind()) {
            case INTERNET -> new Call("internet:" + shown, shown, List.of(), List.of(Evidence.at(value.position(),
                    "environment variable " + name + " is " + shown + ", a host outside the VPC")));
            case AWS_SERVICE -> new Call(url.service(), url.service(), List.of(url.service()),
                    List.of(Evidence.at(value.position(), "environment variable " + name + " is " + shown
                            + ", an " + url.service() + " API URL")));
            default -> null;
        };
    }

    /**
     * Another function that the value names (Ref or GetAtt of a function, version or alias of the
     * template, a literal Lambda function ARN, another function's FunctionName), described.
     */
    private Optional<String> otherFunction(Value value) {
        for (Value.ResourceRef ref : value.references().toList()) {
            if (ref.logicalId().equals(function.logicalId()) || ref.isAttribute("FunctionUrl")) {
                continue;
            }
            if (model.typeOf(ref.logicalId()).filter(FUNCTION_TYPES::contains).isPresent()) {
                return Optional.of("function " + ref.logicalId());
            }
        }
        String text = literalParts(value);
        if (text.contains(":lambda:") && text.contains(":function:")) {
            String name = text.substring(text.indexOf(":function:") + ":function:".length()).replace("\u0000", "…");
            return Optional.of(name.isEmpty() ? "a Lambda function ARN" : "the ARN of function " + name);
        }
        Optional<String> literal = value.asText();
        if (literal.isPresent()) {
            for (LambdaFunction other : model.functions()) {
                if (other != function && other.functionName().flatMap(Value::asText)
                        .filter(literal.get()::equals).isPresent()) {
                    return Optional.of("the name of function " + other.logicalId());
                }
            }
        }
        return Optional.empty();
    }

    private static String literalParts(Value value) {
        if (value instanceof Value.Concat concat) {
            return concat.parts().stream().map(p -> p.asText().orElse("\u0000")).collect(Collectors.joining());
        }
        return value.asText().orElse("");
    }

    private void add(String key, String label, List<String> endpoints, Evidence evidence) {
        Call existing = calls.get(key);
        if (existing == null) {
            calls.put(key, new Call(key, label, List.copyOf(endpoints), List.of(evidence)));
        } else if (existing.evidence().size() < 3
                && existing.evidence().stream().noneMatch(e -> e.position().equals(evidence.position()))) {
            List<Evidence> more = new ArrayList<>(existing.evidence());
            more.add(evidence);
            calls.put(key, new Call(key, existing.label(), existing.endpoints(), more));
        }
    }
}
