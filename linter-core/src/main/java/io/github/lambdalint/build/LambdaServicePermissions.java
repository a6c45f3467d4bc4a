package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.lambdalint.model.AsyncInvokeConfig;
import io.github.lambdalint.model.DeadLetterQueue;
import io.github.lambdalint.model.FunctionReferences;
import io.github.lambdalint.model.iam.ActionPattern;
import io.github.lambdalint.model.iam.Effect;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.Permissions;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.Polling;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;

/**
 * Marks the permissions of a role the template writes that the Lambda service uses for one
 * function rather than the function's code: reading the queue or stream an event source mapping
 * polls (and the broker's secret), and writing to the dead-letter queue and destinations. Those
 * statements get {@link Purpose#LAMBDA_SERVICE}, as the policies SAM and AWS add for the same
 * purpose already have; a statement that mixes both kinds of action is split in two. The answer
 * depends on the function (a role may be shared), so each function gets its own view of its role.
 */
final class LambdaServicePermissions {

    /** The write each destination service needs, which the Lambda service does with the role. */
    private static final Map<String, List<String>> DESTINATION_WRITES = Map.of(
            "sqs", List.of("sqs:SendMessage", "sqs:SendMessageBatch"),
            "sns", List.of("sns:Publish"),
            "lambda", List.of("lambda:InvokeFunction", "lambda:InvokeAsync"),
            "events", List.of("events:PutEvents"),
            "s3", List.of("s3:PutObject", "s3:ListBucket"));

    private final LiveResources resources;
    /** The function's dead-letter queue and destinations by the IAM service they belong to, read once. */
    private final Map<String, List<Value>> destinationsByService = new HashMap<>();
    private final List<Trigger> polled;
    private final Shared shared;

    /**
     * What the functions of one template share, so that a role many functions use stays one set of
     * objects: each split of a statement is made once, and functions whose marks come out alike get
     * the same {@link Permissions}. Without it a role with hundreds of policies would be copied once
     * per function.
     */
    static final class Shared {
        private static final int MAX_VARIANTS = 16;
        private final Map<PolicyStatement, Map<List<Object>, PolicyStatement>> splits = new IdentityHashMap<>();
        private final Map<Permissions, List<Permissions>> variants = new IdentityHashMap<>();

        private PolicyStatement split(PolicyStatement statement, List<Value> actions, Purpose purpose) {
            return splits.computeIfAbsent(statement, s -> new HashMap<>())
                    .computeIfAbsent(List.of(purpose, actions), k -> withActions(statement, actions, purpose));
        }

        private Permissions variant(Permissions source, List<PolicyStatement> statements) {
            List<Permissions> known = variants.computeIfAbsent(source, s -> new ArrayList<>());
            for (Permissions candidate : known) {
                if (sameObjects(candidate.statements(), statements)) {
                    return candidate;
                }
            }
            Permissions made = new Permissions(statements, source.opaque());
            if (known.size() < MAX_VARIANTS) {
                known.add(made);
            }
            return made;
        }

        private static boolean sameObjects(List<PolicyStatement> a, List<PolicyStatement> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param destinations the function's dead-letter queue and its asynchronous and stream destinations
     * @param polled       the triggers that poll a source for the function
     */
    private LambdaServicePermissions(LiveResources resources, List<Value> destinations, List<Trigger> polled,
                                     Shared shared) {
        this.resources = resources;
        destinations.forEach(d -> destinationService(d).ifPresent(service ->
                destinationsByService.computeIfAbsent(service, k -> new ArrayList<>()).add(d)));
        this.polled = polled;
        this.shared = shared;
    }

    /** The function's view of its role, given the triggers of the function. */
    static ExecutionRole of(ExecutionRole role, Optional<DeadLetterQueue> deadLetterQueue,
                            List<AsyncInvokeConfig> asyncInvokeConfigs, List<Trigger> triggers,
                            LiveResources resources, Shared shared) {
        List<Value> destinations = new ArrayList<>();
        deadLetterQueue.ifPresent(d -> destinations.add(d.targetArn()));
        for (AsyncInvokeConfig config : asyncInvokeConfigs) {
            config.onFailureDestination().ifPresent(destinations::add);
            config.onSuccessDestination().ifPresent(destinations::add);
        }
        List<Trigger> polled = triggers.stream().filter(t -> t.polling().isPresent()).toList();
        polled.forEach(t -> t.polling().flatMap(Polling::onFailureDestination).ifPresent(destinations::add));
        if (destinations.isEmpty() && polled.isEmpty()) {
            // Nothing of the role can be the service's. Most functions sharing a role are like this, and
            // they keep sharing one role object, so facts of the role are computed once, not per function.
            return role;
        }
        LambdaServicePermissions reader = new LambdaServicePermissions(resources, destinations, polled, shared);
        if (role instanceof ExecutionRole.TemplateRole template) {
            Permissions tagged = reader.tag(template.permissions());
            return tagged == template.permissions() ? role : new ExecutionRole.TemplateRole(template.logicalId(),
                    tagged, template.trustPolicy(), template.boundary(), template.position());
        }
        if (role instanceof ExecutionRole.GeneratedRole generated) {
            Permissions tagged = reader.tag(generated.permissions());
            return tagged == generated.permissions() ? role : new ExecutionRole.GeneratedRole(
                    generated.functionLogicalId(), tagged, generated.trustPolicy(), generated.boundary(),
                    generated.position());
        }
        return role; // a role from outside the template: no statements to mark
    }

    /** The permissions with the service's statements marked; the same object when none is. */
    private Permissions tag(Permissions permissions) {
        boolean marked = false;
        List<PolicyStatement> tagged = new ArrayList<>();
        for (PolicyStatement statement : permissions.statements()) {
            if (statement.effect() != Effect.ALLOW || statement.notAction()
                    || statement.purpose() != Purpose.FUNCTION_CODE) {
                tagged.add(statement);
                continue;
            }
            List<Value> code = new ArrayList<>();
            List<Value> service = new ArrayList<>();
            for (Value action : statement.actions()) {
                Optional<String> pattern = action.asText();
                boolean usedByLambda = pattern.isPresent() && (isDestinationWrite(pattern.get(), statement)
                        || isPolling(pattern.get(), statement));
                (usedByLambda ? service : code).add(action);
            }
            if (service.isEmpty()) {
                tagged.add(statement);
            } else if (!code.isEmpty()) {
                tagged.add(shared.split(statement, code, Purpose.FUNCTION_CODE));
            }
            if (!service.isEmpty()) {
                tagged.add(shared.split(statement, service, Purpose.LAMBDA_SERVICE));
                marked = true;
            }
        }
        return marked ? shared.variant(permissions, tagged) : permissions;
    }

    private static PolicyStatement withActions(PolicyStatement statement, List<Value> actions, Purpose purpose) {
        return new PolicyStatement(statement.effect(), actions, statement.notAction(), statement.resources(),
                statement.notResource(), statement.conditional(), statement.origin(), purpose, statement.position());
    }

    /** A write to the dead-letter queue or a destination of the function's service, on those resources only. */
    private boolean isDestinationWrite(String pattern, PolicyStatement statement) {
        String service = ActionPattern.service(pattern.strip());
        List<String> writes = DESTINATION_WRITES.get(service);
        if (writes == null || writes.stream().noneMatch(w -> ActionPattern.matches(pattern, w))) {
            return false;
        }
        List<Value> ofService = destinationsByService.getOrDefault(service, List.of());
        if (ofService.isEmpty() || statement.resources().isEmpty()) {
            return false;
        }
        return statement.resources().stream().allMatch(r -> isEverything(r)
                || ofService.stream().anyMatch(d -> sameResource(r, d)));
    }

    /** An event source mapping's own reads of its queue or stream, or of the secret and cluster of a broker. */
    private boolean isPolling(String pattern, PolicyStatement statement) {
        boolean wildcard = pattern.contains("*") || pattern.contains("?");
        for (Trigger trigger : polled) {
            Optional<EventSource.Mapping> mapping = trigger.source().mapping();
            List<String> broker = mapping.map(EventSource.Mapping::brokerActions).orElse(List.of());
            List<Value> secrets = trigger.polling().map(p -> p.access().secrets()).orElse(List.of());
            Optional<Value> source = trigger.polling().flatMap(p -> p.eventSourceArn());
            for (String action : broker) {
                boolean secret = ActionPattern.service(action).equals("secretsmanager");
                if (secret ? readsOnly(pattern, action, wildcard, statement, secrets)
                        : action.equalsIgnoreCase(pattern)
                        || readsOnly(pattern, action, wildcard, statement, source.stream().toList())) {
                    return true;
                }
            }
            List<String> reads = mapping.map(EventSource.Mapping::sourceActions).orElse(List.of());
            if (reads.isEmpty() || source.isEmpty() || statement.resources().isEmpty()) {
                continue;
            }
            boolean read = reads.stream().anyMatch(a -> a.equalsIgnoreCase(pattern))
                    || wildcard && reads.stream().anyMatch(a -> ActionPattern.matches(pattern, a));
            if (read && statement.resources().stream().allMatch(r -> isEverything(r) || sameResource(r, source.get()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The action (or a wildcard that covers it, {@code kafka:Describe*}, {@code secretsmanager:*}) on nothing
     * but the given resources, or on {@code *}: the secrets a mapping authenticates with and its broker or
     * cluster are read by the poller; another secret is the code's.
     */
    private static boolean readsOnly(String pattern, String action, boolean wildcard, PolicyStatement statement,
                                     List<Value> resources) {
        boolean covers = action.equalsIgnoreCase(pattern) || wildcard && ActionPattern.matches(pattern, action);
        return covers && !resources.isEmpty() && !statement.resources().isEmpty()
                && statement.resources().stream().allMatch(r -> isEverything(r)
                || resources.stream().anyMatch(s -> s.isSameAs(r) || sameResource(r, s)));
    }

    /** The IAM service a destination belongs to: from the type SAM creates, the resource, or the ARN. */
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
            Optional<String> type = resources.typeOf(ref.logicalId());
            if (type.isPresent()) {
                String service = switch (type.get()) {
                    case "AWS::SQS::Queue" -> "sqs";
                    case "AWS::SNS::Topic" -> "sns";
                    case "AWS::Events::EventBus" -> "events";
                    case "AWS::S3::Bucket" -> "s3";
                    default -> FunctionReferences.isFunctionOrQualifier(type.get()) ? "lambda" : null;
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

    /** The literal text of a value, with each unknown part of a {@code Fn::Sub} as a NUL. */
    private static String literalParts(Value value) {
        if (value instanceof Value.Concat concat) {
            return concat.parts().stream().map(p -> p.asText().orElse("\u0000")).collect(Collectors.joining());
        }
        return value.asText().orElse("");
    }
}
