package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.model.SqsQueue;
import io.github.lambdalint.model.iam.Effect;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.InvocationModel;
import io.github.lambdalint.model.trigger.Polling;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/**
 * Finds everything that invokes a function of the template: SAM {@code Events}, function URLs,
 * and the raw resources that name a function (bucket notifications, SNS subscriptions, rule and
 * schedule targets, log subscriptions, IoT and SES rules, load balancer targets, event source
 * mappings, custom AWS Config rules, and permissions granted to a service principal).
 */
final class TriggerReader {

    /**
     * The property, on an SNS subscription and on an EventBridge rule or Scheduler target (raw or in
     * a SAM event, which passes it through), that keeps events the source could not deliver.
     */
    private static final Map<EventSource, String> DELIVERY_DEAD_LETTER_PROPERTY = Map.of(
            EventSource.SNS, "RedrivePolicy",
            EventSource.EVENTBRIDGE, "DeadLetterConfig",
            EventSource.SCHEDULER, "DeadLetterConfig");

    /**
     * The services that invoke a Lambda function through a role they assume rather than through the
     * function's resource-based policy (EventBridge Scheduler always; an EventBridge rule target may),
     * by the service principal the role trusts.
     */
    private static final Map<String, EventSource> ROLE_INVOKERS = Map.of(
            "scheduler.amazonaws.com", EventSource.SCHEDULER,
            "events.amazonaws.com", EventSource.EVENTBRIDGE);

    private final LiveResources resources;
    private final FunctionIndex index;
    private final Map<String, ExecutionRole.TemplateRole> roles;
    private final InvokedQualifiers qualifiers;
    private final SourceAccessReader sourceAccess;
    private final List<Trigger> triggers = new ArrayList<>();
    private final Map<String, SqsQueue> generatedQueues = new java.util.LinkedHashMap<>();

    TriggerReader(LiveResources resources, FunctionIndex index, Map<String, ExecutionRole.TemplateRole> roles) {
        this.resources = resources;
        this.index = index;
        this.roles = roles;
        this.qualifiers = new InvokedQualifiers(resources);
        this.sourceAccess = new SourceAccessReader(resources);
    }

    List<Trigger> read() {
        for (Resource function : resources.ofType("AWS::Serverless::Function")) {
            samEvents(function);
            resources.property(function, "FunctionUrlConfig").ifPresent(url -> triggers.add(Trigger.of(
                    function.logicalId(), EventSource.FUNCTION_URL, "the function URL", url.position())));
        }
        bucketNotifications();
        snsSubscriptions();
        ruleTargets();
        schedules();
        logSubscriptions();
        iotRules();
        iotAuthorizers();
        sesRules();
        functionUrls();
        loadBalancerTargets();
        eventSourceMappings();
        configRules();
        permissions();
        invokerRoles();
        return triggers;
    }

    /**
     * The queues SAM creates for SNS events with {@code SqsSubscription: true}
     * ({@code <Function><Event>Queue}, with no VisibilityTimeout: SAM translator test sns_sqs).
     * Filled by {@link #read()}.
     */
    Map<String, SqsQueue> generatedQueues() {
        return generatedQueues;
    }

    private void samEvents(Resource function) {
        Optional<MapNode> events = function.properties().getMap("Events");
        if (events.isEmpty()) {
            return;
        }
        // SAM wires every event to the alias when AutoPublishAlias is set, else to the function.
        Optional<Value> qualifier = qualifiers.samAlias(function)
                .or(() -> Optional.of(new Value.Text(Trigger.LATEST, function.declaration())));
        for (MapNode.Entry entry : events.get().entries()) {
            Value event = resources.resolver().resolve(entry.value());
            Optional<String> type = LiveResources.path(Optional.of(event), "Type").flatMap(Value::asText);
            EventSource source = type.flatMap(EventSource::ofSamEventType).orElse(null);
            if (source == null) {
                continue;
            }
            Optional<Value> properties = LiveResources.path(Optional.of(event), "Properties");
            String description = type.get() + " event " + entry.name();
            Position position = entry.key().position();
            Optional<Value> sqsSubscription = LiveResources.path(properties, "SqsSubscription");
            if (source == EventSource.SNS && isSqsSubscription(sqsSubscription)) {
                // SAM wires SNS -> SQS -> an event source mapping: polled, not invoked by SNS.
                Optional<Value> queueArn = sqsSubscription.flatMap(Value::asMap).isPresent()
                        ? LiveResources.path(sqsSubscription, "QueueArn")
                        : generatedQueue(function, entry.name(), sqsSubscription.get());
                Polling polling = new Polling(queueArn, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty());
                triggers.add(Trigger.polled(function.logicalId(), EventSource.SQS,
                        description + " (through an SQS subscription)", position, polling).withQualifier(qualifier));
            } else if (source.invocation() == InvocationModel.POLL) {
                triggers.add(Trigger.polled(function.logicalId(), source, description, position,
                        polling(source, properties)).withQualifier(qualifier));
            } else {
                triggers.add(Trigger.of(function.logicalId(), source, description, position)
                        .withQualifier(qualifier).withDeliveryDeadLetter(deliveryDeadLetter(properties, source)));
            }
        }
    }

    /**
     * SAM subscribes a queue when {@code SqsSubscription} is {@code true} or a map; {@code false}
     * is a plain Lambda subscription (samtranslator/model/eventsources/push.py, SNS.to_cloudformation).
     */
    private static Optional<Value> deliveryDeadLetter(Optional<Value> properties, EventSource source) {
        String property = DELIVERY_DEAD_LETTER_PROPERTY.get(source);
        return property == null ? Optional.empty() : LiveResources.path(properties, property);
    }

    static boolean isSqsSubscription(Optional<Value> sqsSubscription) {
        if (sqsSubscription.isEmpty()) {
            return false;
        }
        return !sqsSubscription.get().asBoolean().filter(b -> !b).isPresent();
    }

    /** The queue SAM creates for {@code SqsSubscription: true}; its ARN as a reference to it. */
    private Optional<Value> generatedQueue(Resource function, String eventName, Value sqsSubscription) {
        if (sqsSubscription.asBoolean().isEmpty()) {
            return Optional.empty(); // a condition or parameter: which queue is not known
        }
        String queueId = function.logicalId() + eventName + "Queue";
        generatedQueues.put(queueId, new SqsQueue(queueId, Optional.empty(), sqsSubscription.position(),
                Optional.of("SNS event " + eventName + " of " + function.logicalId() + " (SqsSubscription: true)")));
        return Optional.of(new Value.ResourceRef(queueId, Optional.of("Arn"), sqsSubscription.source()));
    }

    private Polling polling(EventSource source, Optional<Value> properties) {
        Optional<Value> arn = source.mapping().flatMap(EventSource.Mapping::samSourceProperty)
                .flatMap(property -> LiveResources.path(properties, property));
        return new Polling(arn, LiveResources.path(properties, "MaximumRetryAttempts"),
                LiveResources.path(properties, "MaximumRecordAgeInSeconds"),
                LiveResources.path(properties, "BisectBatchOnFunctionError"),
                Destinations.onFailure(LiveResources.path(properties, "DestinationConfig"), false),
                LiveResources.path(properties, "MaximumBatchingWindowInSeconds"),
                sourceAccess.read(source, arn, name -> LiveResources.path(properties, name)));
    }

    private void bucketNotifications() {
        for (Resource bucket : resources.ofType("AWS::S3::Bucket")) {
            Optional<Value> configs = LiveResources.path(resources.property(bucket, "NotificationConfiguration"),
                    "LambdaConfigurations");
            for (Value config : items(configs)) {
                target(LiveResources.path(Optional.of(config), "Function"), EventSource.S3,
                        "notification of bucket " + bucket.logicalId(), config.position());
            }
        }
    }

    private void snsSubscriptions() {
        for (Resource subscription : resources.ofType("AWS::SNS::Subscription")) {
            if (isLambdaProtocol(resources.property(subscription, "Protocol"))) {
                target(resources.property(subscription, "Endpoint"), EventSource.SNS,
                        "subscription " + subscription.logicalId(), subscription.position(),
                        resources.property(subscription, DELIVERY_DEAD_LETTER_PROPERTY.get(EventSource.SNS)));
            }
        }
        for (Resource topic : resources.ofType("AWS::SNS::Topic")) {
            for (Value subscription : items(resources.property(topic, "Subscription"))) {
                if (isLambdaProtocol(LiveResources.path(Optional.of(subscription), "Protocol"))) {
                    target(LiveResources.path(Optional.of(subscription), "Endpoint"), EventSource.SNS,
                            "subscription of topic " + topic.logicalId(), subscription.position());
                }
            }
        }
    }

    private static boolean isLambdaProtocol(Optional<Value> protocol) {
        return protocol.flatMap(Value::asText).filter("lambda"::equalsIgnoreCase).isPresent();
    }

    private void ruleTargets() {
        for (Resource rule : resources.ofType("AWS::Events::Rule")) {
            for (Value target : items(resources.property(rule, "Targets"))) {
                target(LiveResources.path(Optional.of(target), "Arn"), EventSource.EVENTBRIDGE,
                        "rule " + rule.logicalId(), target.position(),
                        deliveryDeadLetter(Optional.of(target), EventSource.EVENTBRIDGE));
            }
        }
    }

    private void schedules() {
        for (Resource schedule : resources.ofType("AWS::Scheduler::Schedule")) {
            target(LiveResources.path(resources.property(schedule, "Target"), "Arn"), EventSource.SCHEDULER,
                    "schedule " + schedule.logicalId(), schedule.position(),
                    deliveryDeadLetter(resources.property(schedule, "Target"), EventSource.SCHEDULER));
        }
    }

    private void logSubscriptions() {
        for (Resource filter : resources.ofType("AWS::Logs::SubscriptionFilter")) {
            target(resources.property(filter, "DestinationArn"), EventSource.CLOUDWATCH_LOGS,
                    "log subscription " + filter.logicalId(), filter.position());
        }
    }

    private void iotRules() {
        for (Resource rule : resources.ofType("AWS::IoT::TopicRule")) {
            Optional<Value> payload = resources.property(rule, "TopicRulePayload");
            List<Value> actions = new ArrayList<>(items(LiveResources.path(payload, "Actions")));
            LiveResources.path(payload, "ErrorAction").ifPresent(actions::add);
            for (Value action : actions) {
                target(LiveResources.path(Optional.of(action), "Lambda", "FunctionArn"), EventSource.IOT,
                        "IoT rule " + rule.logicalId(), action.position());
            }
        }
    }

    /** IoT Core calls a custom authorizer and waits for its answer: synchronous. */
    private void iotAuthorizers() {
        for (Resource authorizer : resources.ofType("AWS::IoT::Authorizer")) {
            Optional<Value> arn = resources.property(authorizer, "AuthorizerFunctionArn");
            Optional<String> function = arn.flatMap(index::functionOf);
            function.ifPresent(id -> triggers.add(new Trigger(id, EventSource.IOT, InvocationModel.SYNC,
                    "IoT authorizer " + authorizer.logicalId(), authorizer.position(), Optional.empty(),
                    qualifiers.of(arn.get()))));
        }
    }

    private void sesRules() {
        for (Resource rule : resources.ofType("AWS::SES::ReceiptRule")) {
            for (Value action : items(LiveResources.path(resources.property(rule, "Rule"), "Actions"))) {
                Optional<Value> lambda = LiveResources.path(Optional.of(action), "LambdaAction");
                Optional<Value> functionArn = LiveResources.path(lambda, "FunctionArn");
                Optional<String> function = functionArn.flatMap(index::functionOf);
                if (function.isEmpty()) {
                    continue;
                }
                // SES invokes with InvocationType Event unless the rule asks for RequestResponse.
                boolean sync = LiveResources.path(lambda, "InvocationType").flatMap(Value::asText)
                        .filter("RequestResponse"::equalsIgnoreCase).isPresent();
                triggers.add(new Trigger(function.get(), EventSource.SES,
                        sync ? InvocationModel.SYNC : InvocationModel.ASYNC, "receipt rule " + rule.logicalId(),
                        action.position(), Optional.empty(), qualifiers.of(functionArn.get())));
            }
        }
    }

    private void functionUrls() {
        for (Resource url : resources.ofType("AWS::Lambda::Url")) {
            target(resources.property(url, "TargetFunctionArn"), EventSource.FUNCTION_URL,
                    "function URL " + url.logicalId(), url.position());
        }
    }

    private void loadBalancerTargets() {
        for (Resource group : resources.ofType("AWS::ElasticLoadBalancingV2::TargetGroup")) {
            boolean lambda = resources.property(group, "TargetType").flatMap(Value::asText)
                    .filter("lambda"::equalsIgnoreCase).isPresent();
            if (!lambda) {
                continue;
            }
            for (Value target : items(resources.property(group, "Targets"))) {
                target(LiveResources.path(Optional.of(target), "Id"), EventSource.LOAD_BALANCER,
                        "target group " + group.logicalId(), target.position());
            }
        }
    }

    private void eventSourceMappings() {
        for (Resource mapping : resources.ofType("AWS::Lambda::EventSourceMapping")) {
            Optional<Value> functionName = resources.property(mapping, "FunctionName");
            Optional<String> function = functionName.flatMap(index::functionOf);
            if (function.isEmpty()) {
                continue;
            }
            Optional<Value> arn = resources.property(mapping, "EventSourceArn");
            EventSource source = resources.property(mapping, "SelfManagedEventSource").isPresent()
                    ? EventSource.SELF_MANAGED_KAFKA
                    : arn.map(this::pollSourceOf).orElse(EventSource.UNKNOWN_POLLED);
            Optional<Value> onFailure = Destinations.onFailure(resources.property(mapping, "DestinationConfig"),
                    false);
            triggers.add(Trigger.polled(function.get(), source, "event source mapping " + mapping.logicalId(),
                    mapping.position(), new Polling(arn, resources.property(mapping, "MaximumRetryAttempts"),
                            resources.property(mapping, "MaximumRecordAgeInSeconds"),
                            resources.property(mapping, "BisectBatchOnFunctionError"), onFailure,
                            resources.property(mapping, "MaximumBatchingWindowInSeconds"),
                            sourceAccess.read(source, arn, name -> resources.property(mapping, name))))
                    .withQualifier(qualifiers.of(functionName.get())));
        }
    }

    private EventSource pollSourceOf(Value arn) {
        if (arn instanceof Value.ResourceRef ref) {
            return resources.typeOf(ref.logicalId()).flatMap(EventSource::ofSourceResourceType)
                    .orElse(EventSource.UNKNOWN_POLLED);
        }
        String text = (arn instanceof Value.Concat concat ? concat.parts().stream()
                .map(p -> p.asText().orElse("")).reduce("", String::concat) : arn.asText().orElse(""))
                .toLowerCase(Locale.ROOT);
        if (text.contains(":sqs:")) {
            return EventSource.SQS;
        }
        if (text.contains(":kinesis:")) {
            return EventSource.KINESIS;
        }
        if (text.contains(":dynamodb:") && text.contains("/stream/")) {
            return EventSource.DYNAMODB_STREAMS;
        }
        if (text.contains(":kafka:")) {
            return EventSource.MSK;
        }
        if (text.contains(":mq:")) {
            return EventSource.MQ;
        }
        if (text.contains(":rds:")) {
            return EventSource.DOCUMENTDB;
        }
        return EventSource.UNKNOWN_POLLED;
    }

    /**
     * Custom Lambda rules of AWS Config ({@code Source.Owner: CUSTOM_LAMBDA}): Config invokes the
     * function named by {@code SourceIdentifier} asynchronously. A rule whose {@code SourceDetails}
     * all have {@code MessageType: ScheduledNotification} runs only periodically.
     */
    private void configRules() {
        for (Resource rule : resources.ofType("AWS::Config::ConfigRule")) {
            Optional<Value> source = resources.property(rule, "Source");
            if (LiveResources.path(source, "Owner").flatMap(Value::asText).filter("CUSTOM_LAMBDA"::equals).isEmpty()) {
                continue;
            }
            List<Value> details = items(LiveResources.path(source, "SourceDetails"));
            boolean periodic = !details.isEmpty() && details.stream().allMatch(d -> LiveResources
                    .path(Optional.of(d), "MessageType").flatMap(Value::asText)
                    .filter("ScheduledNotification"::equals).isPresent());
            target(LiveResources.path(source, "SourceIdentifier"),
                    periodic ? EventSource.CONFIG_PERIODIC_RULE : EventSource.CONFIG,
                    (periodic ? "periodic Config rule " : "Config rule ") + rule.logicalId(), rule.position());
        }
    }

    private void permissions() {
        // Grouped once and kept up to date: a template may hold a permission for each of thousands of functions.
        Map<String, List<Trigger>> byFunction = new HashMap<>();
        triggers.forEach(t -> byFunction.computeIfAbsent(t.functionLogicalId(), k -> new ArrayList<>()).add(t));
        for (Resource permission : resources.ofType("AWS::Lambda::Permission")) {
            Optional<String> principal = resources.property(permission, "Principal").flatMap(Value::literalText);
            Optional<EventSource> source = principal.flatMap(EventSource::ofPrincipal);
            if (source.isEmpty()) {
                continue;
            }
            Optional<Value> functionName = resources.property(permission, "FunctionName");
            Optional<String> function = functionName.flatMap(index::functionOf);
            if (function.isEmpty()) {
                continue;
            }
            boolean authorizer = source.get() == EventSource.IOT && resources.property(permission, "SourceArn")
                    .map(TriggerReader::textOf).filter(arn -> arn.contains(":authorizer/")).isPresent();
            List<Trigger> ofFunction = byFunction.computeIfAbsent(function.get(), k -> new ArrayList<>());
            if (source.get() == EventSource.CONFIG && shownByConfigRules(ofFunction)) {
                continue; // the permission serves the Config rules of the template, which are the triggers
            }
            InvocationModel invocation = authorizer || onlySynchronousTriggers(ofFunction, source.get())
                    ? InvocationModel.SYNC : source.get().invocation();
            Trigger trigger = new Trigger(function.get(), source.get(), invocation,
                    "permission " + permission.logicalId() + " for " + principal.get(), permission.position(),
                    Optional.empty(), qualifiers.of(functionName.get()));
            triggers.add(trigger);
            ofFunction.add(trigger);
        }
    }

    /**
     * A role of the template that EventBridge Scheduler or EventBridge may assume and that allows
     * {@code lambda:InvokeFunction} on a function of the template: schedules or rule targets created
     * outside the template (at run time, by another stack) invoke the function with it. A role that a
     * schedule or rule of the template names is left out: that schedule or rule is the trigger.
     */
    private void invokerRoles() {
        Set<String> namedByTargets = new HashSet<>();
        for (Resource caller : resources.ofType("AWS::Scheduler::Schedule", "AWS::Events::Rule")) {
            for (String property : List.of("Target", "Targets")) {
                resources.property(caller, property).ifPresent(v -> v.references()
                        .forEach(ref -> namedByTargets.add(ref.logicalId())));
            }
        }
        for (Resource declared : resources.ofType("AWS::IAM::Role")) {
            ExecutionRole.TemplateRole role = roles.get(declared.logicalId());
            if (role == null || namedByTargets.contains(role.logicalId())) {
                continue;
            }
            for (Map.Entry<String, EventSource> invoker : ROLE_INVOKERS.entrySet()) {
                if (role.trusts(invoker.getKey()) != TriState.YES) {
                    continue;
                }
                for (PolicyStatement statement : role.permissions().statements()) {
                    if (statement.effect() != Effect.ALLOW || statement.covers("lambda:InvokeFunction") != TriState.YES
                            || statement.conditional() || statement.notResource()) {
                        continue;
                    }
                    for (Value resource : statement.resources()) {
                        index.functionOf(resource).ifPresent(id -> triggers.add(Trigger.of(id, invoker.getValue(),
                                "role " + role.logicalId() + " (trusted by " + invoker.getKey() + ")",
                                statement.position()).withQualifier(qualifiers.of(resource))));
                    }
                }
            }
        }
    }

    /**
     * True when the template shows how the service invokes the function and every such trigger
     * is synchronous (SES receipt rules with {@code InvocationType: RequestResponse}, IoT custom
     * authorizers): a permission for that service is then taken to serve them.
     */
    private static boolean onlySynchronousTriggers(List<Trigger> ofFunction, EventSource source) {
        List<Trigger> shown = ofFunction.stream().filter(t -> t.source() == source).toList();
        return !shown.isEmpty() && shown.stream().allMatch(t -> t.invocation() == InvocationModel.SYNC);
    }

    private static boolean shownByConfigRules(List<Trigger> ofFunction) {
        return ofFunction.stream()
                .anyMatch(t -> t.source() == EventSource.CONFIG || t.source() == EventSource.CONFIG_PERIODIC_RULE);
    }

    /** The literal text of a value, with the unknown parts of a {@code Fn::Sub} left out. */
    private static String textOf(Value value) {
        if (value instanceof Value.Concat concat) {
            return concat.parts().stream().map(p -> p.asText().orElse("")).reduce("", String::concat);
        }
        return value.asText().orElse("");
    }

    private void target(Optional<Value> function, EventSource source, String description, Position position) {
        target(function, source, description, position, Optional.empty());
    }

    private void target(Optional<Value> function, EventSource source, String description, Position position,
                        Optional<Value> deliveryDeadLetter) {
        if (function.isEmpty()) {
            return;
        }
        index.functionOf(function.get()).ifPresent(id -> triggers.add(Trigger.of(id, source, description, position)
                .withQualifier(qualifiers.of(function.get())).withDeliveryDeadLetter(deliveryDeadLetter)));
    }

    private static List<Value> items(Optional<Value> list) {
        return list.flatMap(Value::asList).orElse(List.of());
    }
}
