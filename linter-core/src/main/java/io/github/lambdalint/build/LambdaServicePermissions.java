package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
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
 *
 * <p>A role may be shared by thousands of functions and hold hundreds of policies, so the work is
 * split: which of the role's actions each service action of the tables matches is found once per
 * role ({@link RoleActions}); per function only the candidates for its own destinations and polled
 * sources are weighed, and functions whose marks come out alike share one view of the role.
 */
final class LambdaServicePermissions {

    /**
     * What a role grants for a destination of each service: the write the Lambda service does with
     * the role, and for a queue the two reads CDK grants with it ({@code Queue.grantSendMessages}:
     * sqs:SendMessage, sqs:GetQueueAttributes, sqs:GetQueueUrl, which {@code cdk synth} writes for a
     * stream's on-failure queue). On the function's own destination they are no call of its code.
     */
    private static final Map<String, List<String>> DESTINATION_GRANTS = Map.of(
            "sqs", List.of("sqs:SendMessage", "sqs:SendMessageBatch", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"),
            "sns", List.of("sns:Publish"),
            "lambda", List.of("lambda:InvokeFunction", "lambda:InvokeAsync"),
            "events", List.of("events:PutEvents"),
            "s3", List.of("s3:PutObject", "s3:ListBucket"));

    private final LiveResources resources;
    /** The function's dead-letter queue and destinations by the IAM service they belong to, read once. */
    private final Map<String, List<Value>> destinationsByService = new HashMap<>();
    private final List<Trigger> polled;

    /**
     * What the functions of one template share, so that a role many functions use stays one set of
     * objects and is read once: each role's candidate actions, each split of a statement, and one
     * view of a role for each set of marks.
     */
    static final class Shared {
        private final Map<Permissions, RoleActions> roles = new IdentityHashMap<>();
        private final Map<PolicyStatement, Map<List<Object>, PolicyStatement>> splits = new IdentityHashMap<>();
        private final Map<ExecutionRole, Map<BitSet, ExecutionRole>> views = new IdentityHashMap<>();

        private RoleActions actionsOf(Permissions permissions) {
            return roles.computeIfAbsent(permissions, RoleActions::new);
        }

        private PolicyStatement split(PolicyStatement statement, List<Value> actions, Purpose purpose) {
            return splits.computeIfAbsent(statement, s -> new HashMap<>())
                    .computeIfAbsent(List.of(purpose, actions), k -> withActions(statement, actions, purpose));
        }
    }

    /**
     * The actions of one role's statements, numbered in order, that the Lambda service may use for
     * some function: the written (text) actions of its Allow statements for the function's code.
     * For each service action of the tables, which of them match it is found once, on first use;
     * those of statements on every resource ({@code Resource: "*"}) need no look at the function's
     * resources.
     */
    private static final class RoleActions {
        private final List<PolicyStatement> statements;
        /** The number of the first action of each statement. */
        private final int[] first;
        /** Each numbered action's pattern, null when it is not text or its statement is not the code's. */
        private final String[] patterns;
        private final int[] statementOf;
        private final Map<String, Candidates> destinationGrants = new HashMap<>();
        private final Map<EventSource, BitSet> brokerReads = new EnumMap<>(EventSource.class);
        private final Map<EventSource, Candidates> brokerCovers = new EnumMap<>(EventSource.class);
        private final Map<EventSource, Candidates> secretReads = new EnumMap<>(EventSource.class);
        private final Map<EventSource, Candidates> sourceReads = new EnumMap<>(EventSource.class);

        RoleActions(Permissions permissions) {
            statements = permissions.statements();
            first = new int[statements.size() + 1];
            int count = 0;
            for (int i = 0; i < statements.size(); i++) {
                first[i] = count;
                count += statements.get(i).actions().size();
            }
            first[statements.size()] = count;
            patterns = new String[count];
            statementOf = new int[count];
            for (int i = 0; i < statements.size(); i++) {
                PolicyStatement statement = statements.get(i);
                boolean code = statement.effect() == Effect.ALLOW && !statement.notAction()
                        && statement.purpose() == Purpose.FUNCTION_CODE;
                for (int j = 0; j < statement.actions().size(); j++) {
                    statementOf[first[i] + j] = i;
                    patterns[first[i] + j] = code ? statement.actions().get(j).asText().orElse(null) : null;
                }
            }
        }

        /** The grants for a destination of the service: actions of that service matching one of them. */
        Candidates destinationGrants(String service) {
            List<String> granted = DESTINATION_GRANTS.getOrDefault(service, List.of());
            return destinationGrants.computeIfAbsent(service, s -> candidates(pattern ->
                    ActionPattern.service(pattern.strip()).equals(s)
                            && granted.stream().anyMatch(g -> ActionPattern.matches(pattern, g))));
        }

        /** A source's broker actions other than reading a secret, written exactly: they count on any resource. */
        BitSet brokerReads(EventSource source) {
            return brokerReads.computeIfAbsent(source, s -> {
                List<String> broker = brokerActions(s, false);
                BitSet matching = new BitSet();
                for (int k = 0; k < patterns.length; k++) {
                    String pattern = patterns[k];
                    if (pattern != null && broker.stream().anyMatch(pattern::equalsIgnoreCase)) {
                        matching.set(k);
                    }
                }
                return matching;
            });
        }

        /**
         * A source's broker actions (or wildcards that cover them): reading the secrets the mapping
         * authenticates with, or the others, which count on the broker or cluster itself.
         */
        Candidates brokerCovers(EventSource source, boolean secrets) {
            return (secrets ? secretReads : brokerCovers).computeIfAbsent(source, s -> {
                List<String> broker = brokerActions(s, secrets);
                return candidates(pattern -> broker.stream().anyMatch(a -> ActionPattern.matches(pattern, a)));
            });
        }

        private static List<String> brokerActions(EventSource source, boolean secrets) {
            return source.mapping().map(EventSource.Mapping::brokerActions).orElse(List.of()).stream()
                    .filter(a -> ActionPattern.service(a).equals("secretsmanager") == secrets).toList();
        }

        /** A polled source's own reads, which count on the source or every resource. */
        Candidates sourceReads(EventSource source) {
            return sourceReads.computeIfAbsent(source, s -> {
                List<String> reads = s.mapping().map(EventSource.Mapping::sourceActions).orElse(List.of());
                return candidates(pattern -> reads.stream().anyMatch(a -> ActionPattern.matches(pattern, a)));
            });
        }

        private Candidates candidates(Predicate<String> matches) {
            BitSet everywhere = new BitSet();
            List<Integer> unindexed = new ArrayList<>();
            Map<String, List<Integer>> byLogicalId = new HashMap<>();
            for (int k = 0; k < patterns.length; k++) {
                List<Value> resources = statements.get(statementOf[k]).resources();
                if (patterns[k] == null || resources.isEmpty() || !matches.test(patterns[k])) {
                    continue;
                }
                if (resources.stream().allMatch(LambdaServicePermissions::isEverything)) {
                    everywhere.set(k);
                    continue;
                }
                Optional<String> named = resources.stream().filter(Value.ResourceRef.class::isInstance)
                        .map(r -> ((Value.ResourceRef) r).logicalId()).findFirst();
                if (named.isPresent()) {
                    byLogicalId.computeIfAbsent(named.get(), id -> new ArrayList<>()).add(k);
                } else {
                    unindexed.add(k);
                }
            }
            Map<String, int[]> indexed = new HashMap<>();
            byLogicalId.forEach((id, actions) -> indexed.put(id, toArray(actions)));
            return new Candidates(everywhere, toArray(unindexed), indexed);
        }

        private static int[] toArray(List<Integer> actions) {
            return actions.stream().mapToInt(Integer::intValue).toArray();
        }

        List<Value> resourcesOf(int action) {
            return statements.get(statementOf[action]).resources();
        }
    }

    /**
     * The numbered actions that match a service action: those on every resource, and those whose
     * statement names resources, which count only when each is the function's.
     *
     * <p>A statement naming a resource of the template ({@code !GetAtt Queue7.Arn}) can be the
     * function's only when one of the function's targets refers to that resource, so those actions
     * are found by the logical id of the first such resource; a role shared by thousands of functions
     * with a statement on each function's own queue would otherwise have every function weigh every
     * statement. The others (ARN text, parameters, imports) are weighed for every function.
     *
     * @param unindexed   named actions whose statement names no resource of the template
     * @param byLogicalId named actions by the logical id of the first template resource their statement names
     */
    private record Candidates(BitSet everywhere, int[] unindexed, Map<String, int[]> byLogicalId) {

        /** The named actions that can be on nothing but the targets: those that could name one of them. */
        BitSet namedFor(List<Value> targets) {
            BitSet named = new BitSet();
            for (int action : unindexed) {
                named.set(action);
            }
            targets.forEach(t -> t.references().forEach(ref -> {
                for (int action : byLogicalId.getOrDefault(ref.logicalId(), new int[0])) {
                    named.set(action);
                }
            }));
            return named;
        }
    }

    /**
     * @param destinations the function's dead-letter queue and its asynchronous and stream destinations
     * @param polled       the triggers that poll a source for the function
     */
    private LambdaServicePermissions(LiveResources resources, List<Value> destinations, List<Trigger> polled) {
        this.resources = resources;
        destinations.forEach(d -> destinationService(d).ifPresent(service ->
                destinationsByService.computeIfAbsent(service, k -> new ArrayList<>()).add(d)));
        this.polled = polled;
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
        if (destinations.isEmpty() && polled.isEmpty()
                || !(role instanceof ExecutionRole.TemplateRole || role instanceof ExecutionRole.GeneratedRole)) {
            // Nothing of the role can be the service's (a role from outside the template has no statements
            // to mark). Most functions sharing a role are like this, and they keep sharing one role object.
            return role;
        }
        RoleActions actions = shared.actionsOf(role.permissions());
        BitSet marks = new LambdaServicePermissions(resources, destinations, polled).marks(actions);
        if (marks.isEmpty()) {
            return role;
        }
        return shared.views.computeIfAbsent(role, r -> new HashMap<>())
                .computeIfAbsent(marks, m -> view(role, actions, m, shared));
    }

    /** The numbered actions of the role that the Lambda service uses for this function. */
    private BitSet marks(RoleActions role) {
        BitSet marks = new BitSet();
        destinationsByService.forEach((service, destinations) -> markOn(role, role.destinationGrants(service), destinations,
                LambdaServicePermissions::sameResource, marks));
        for (Trigger trigger : polled) {
            EventSource source = trigger.source();
            marks.or(role.brokerReads(source));
            List<Value> secrets = trigger.polling().map(p -> p.access().secrets()).orElse(List.of());
            if (!secrets.isEmpty()) {
                markOn(role, role.brokerCovers(source, true), secrets, LambdaServicePermissions::sameOrNamed, marks);
            }
            Optional<Value> arn = trigger.polling().flatMap(Polling::eventSourceArn);
            if (arn.isPresent()) {
                markOn(role, role.brokerCovers(source, false), List.of(arn.get()),
                        LambdaServicePermissions::sameOrNamed, marks);
                markOn(role, role.sourceReads(source), List.of(arn.get()), LambdaServicePermissions::sameResource,
                        marks);
            }
        }
        return marks;
    }

    /** Marks the candidates whose statement is on every resource, or on nothing but the given ones. */
    private static void markOn(RoleActions role, Candidates candidates, List<Value> targets,
                               BiPredicate<Value, Value> same, BitSet marks) {
        marks.or(candidates.everywhere());
        BitSet named = candidates.namedFor(targets);
        for (int action = named.nextSetBit(0); action >= 0; action = named.nextSetBit(action + 1)) {
            if (role.resourcesOf(action).stream().allMatch(r -> isEverything(r)
                    || targets.stream().anyMatch(t -> same.test(r, t)))) {
                marks.set(action);
            }
        }
    }

    private static boolean sameOrNamed(Value resource, Value target) {
        return target.isSameAs(resource) || sameResource(resource, target);
    }

    /** The role with the marked actions' statements split off for the Lambda service. */
    private static ExecutionRole view(ExecutionRole role, RoleActions actions, BitSet marks, Shared shared) {
        Permissions permissions = role.permissions();
        List<PolicyStatement> tagged = new ArrayList<>();
        for (int i = 0; i < actions.statements.size(); i++) {
            PolicyStatement statement = actions.statements.get(i);
            int next = marks.nextSetBit(actions.first[i]);
            if (next < 0 || next >= actions.first[i + 1]) {
                tagged.add(statement);
                continue;
            }
            List<Value> code = new ArrayList<>();
            List<Value> service = new ArrayList<>();
            for (int j = 0; j < statement.actions().size(); j++) {
                (marks.get(actions.first[i] + j) ? service : code).add(statement.actions().get(j));
            }
            if (!code.isEmpty()) {
                tagged.add(shared.split(statement, code, Purpose.FUNCTION_CODE));
            }
            tagged.add(shared.split(statement, service, Purpose.LAMBDA_SERVICE));
        }
        Permissions marked = new Permissions(tagged, permissions.opaque());
        if (role instanceof ExecutionRole.TemplateRole template) {
            return new ExecutionRole.TemplateRole(template.logicalId(), marked, template.trustPolicy(),
                    template.boundary(), template.position());
        }
        ExecutionRole.GeneratedRole generated = (ExecutionRole.GeneratedRole) role;
        return new ExecutionRole.GeneratedRole(generated.functionLogicalId(), marked, generated.trustPolicy(),
                generated.boundary(), generated.position());
    }

    private static PolicyStatement withActions(PolicyStatement statement, List<Value> actions, Purpose purpose) {
        return new PolicyStatement(statement.effect(), actions, statement.notAction(), statement.resources(),
                statement.notResource(), statement.conditional(), statement.origin(), purpose, statement.position());
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
