package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.database.EndpointName;
import io.github.lambdalint.model.iam.ActionPattern;
import io.github.lambdalint.model.iam.Effect;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.Permissions;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.model.service.CacheCluster;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * What the template shows a function connects to over the network: a resource whose endpoint
 * (or, for an RDS Proxy, ARN) reaches the function through an environment variable, directly or
 * inside {@code Fn::Sub}/{@code Fn::Join}; or whose data-plane "connect" action the function's
 * policies allow on that resource ({@code rds-db:connect} for IAM database authentication,
 * {@code elasticache:Connect}, {@code memorydb:Connect}, {@code es:ESHttp*}). Identifiers and
 * ARNs used for management calls ({@code rds:*}) or for the RDS Data API ({@code rds-data:*},
 * HTTPS to a regional endpoint) are no connection. A literal (or a parameter's given value) in an
 * environment variable that has the form of an RDS, ElastiCache or MemoryDB endpoint
 * ({@link EndpointName}) is a use of the resource outside the template that answers there.
 */
final class Uses {

    /**
     * One resource a function uses, with the evidence. {@code at} is where a finding about the
     * use points: the first environment variable that shows it, else the function.
     * {@code condition} is set when every piece of evidence sits in an {@code Fn::If} branch: it
     * names the condition of the first one.
     */
    record Use(Target target, List<Evidence> evidence, Position at, Optional<String> condition,
               List<String> variables, boolean inEnvironment) {
        Use {
            evidence = List.copyOf(evidence);
            variables = List.copyOf(variables);
        }

        boolean conditional() {
            return condition.isPresent();
        }

        /** "environment variable DB_HOST", "environment variables A, B", "its Environment" or "its role's policy". */
        String shownBy() {
            if (variables.isEmpty()) {
                return inEnvironment ? "its Environment" : "its role's policy";
            }
            return (variables.size() == 1 ? "environment variable " : "environment variables ")
                    + String.join(", ", variables);
        }
    }

    private static final List<String> SEARCH_ACTIONS = List.of("es:ESHttpGet", "es:ESHttpPost", "es:ESHttpPut",
            "es:ESHttpDelete", "es:ESHttpHead", "es:ESHttpPatch");

    private final TemplateModel model;
    /** Template roles that functions both inside and outside a VPC share (see {@link #policyEvidenceApplies}). */
    private final Set<String> rolesInAndOutOfVpc;
    /** Many functions share one role with many policies: each role's grants are read once. */
    private final Map<Permissions, List<Grant>> grantsOfRole = new IdentityHashMap<>();
    /** The views of a shared role that functions' own queues split apart still share most statements. */
    private final Map<PolicyStatement, List<Grant>> grantsOfStatement = new IdentityHashMap<>();

    private Uses(TemplateModel model, Set<String> rolesInAndOutOfVpc) {
        this.model = model;
        this.rolesInAndOutOfVpc = rolesInAndOutOfVpc;
    }

    /** The uses of the model's functions; what their roles are shared by is read once, here. */
    static Uses in(TemplateModel model) {
        Map<String, Set<Boolean>> placementsOfRole = new HashMap<>();
        for (LambdaFunction function : model.functions()) {
            if (function.role() instanceof ExecutionRole.TemplateRole role) {
                placementsOfRole.computeIfAbsent(role.logicalId(), k -> new HashSet<>())
                        .add(!(function.vpcAttachment() instanceof VpcAttachment.NotAttached));
            }
        }
        Set<String> mixed = new HashSet<>();
        placementsOfRole.forEach((role, placements) -> {
            if (placements.size() > 1) {
                mixed.add(role);
            }
        });
        return new Uses(model, mixed);
    }

    List<Use> of(LambdaFunction function) {
        Map<String, Builder> byTarget = new LinkedHashMap<>();
        environment(model, function, byTarget);
        if (policyEvidenceApplies(function)) {
            policies(function, byTarget);
        }
        List<Use> uses = new ArrayList<>();
        for (Builder builder : byTarget.values()) {
            uses.add(new Use(builder.target, builder.evidence, builder.at.orElse(function.position()),
                    builder.unconditional ? Optional.empty() : builder.condition, builder.variables,
                    builder.inEnvironment));
        }
        return uses;
    }

    private static final class Builder {
        final Target target;
        final List<Evidence> evidence = new ArrayList<>();
        final List<String> variables = new ArrayList<>();
        Optional<Position> at = Optional.empty();
        Optional<String> condition = Optional.empty();
        boolean unconditional = false;
        boolean inEnvironment = false;

        Builder(Target target) {
            this.target = target;
        }

        void note(Optional<String> underCondition) {
            if (underCondition.isEmpty()) {
                unconditional = true;
            } else if (condition.isEmpty()) {
                condition = underCondition;
            }
        }
    }

    private static void environment(TemplateModel model, LambdaFunction function, Map<String, Builder> into) {
        if (function.environment().isEmpty()) {
            return;
        }
        Optional<Value> variables = function.environment().flatMap(Value::asMap).flatMap(e -> e.get("Variables"));
        if (variables.isPresent() && variables.get() instanceof Value.MapValue map) {
            for (Map.Entry<String, Value> variable : map.entries().entrySet()) {
                Position at = map.keyPosition(variable.getKey()).orElse(variable.getValue().position());
                walk(variable.getValue(), Optional.empty(), (ref, condition) -> target(model, ref).ifPresent(target ->
                        variable(into, target, variable.getKey(), at, condition, "environment variable "
                                + variable.getKey() + " of " + function.logicalId() + " takes "
                                + ref.attribute().orElse("") + " of " + ref.logicalId())));
                texts(variable.getValue(), Optional.empty(), (text, condition) -> {
                    for (EndpointName name : EndpointName.findIn(text.text())) {
                        Target target = named(model, name);
                        variable(into, target, variable.getKey(), at, condition, "environment variable "
                                + variable.getKey() + " of " + function.logicalId() + " holds " + name.host()
                                + ", " + formOf(name));
                    }
                });
            }
            return;
        }
        // Environment or Variables behind Fn::If: the references sit in its branches.
        Position at = function.positionOf("Environment");
        walk(function.environment().get(), Optional.empty(), (ref, condition) -> target(model, ref).ifPresent(found ->
                wholeEnvironment(into, found, at, condition, "the environment of " + function.logicalId()
                        + " takes " + ref.attribute().orElse("") + " of " + ref.logicalId())));
        texts(function.environment().get(), Optional.empty(), (text, condition) -> {
            for (EndpointName name : EndpointName.findIn(text.text())) {
                wholeEnvironment(into, named(model, name), at, condition, "the environment of "
                        + function.logicalId() + " holds " + name.host() + ", " + formOf(name));
            }
        });
    }

    /** One environment variable shows the use of a target. */
    private static void variable(Map<String, Builder> into, Target target, String variable, Position at,
                                 Optional<String> condition, String fact) {
        Builder builder = into.computeIfAbsent(key(target), k -> new Builder(target));
        if (builder.at.isEmpty()) {
            builder.at = Optional.of(at);
        }
        builder.inEnvironment = true;
        if (!builder.variables.contains(variable)) {
            builder.variables.add(variable);
            builder.evidence.add(Evidence.at(at, fact));
        }
        builder.note(condition);
    }

    /** The environment, written as a whole behind {@code Fn::If}, shows the use of a target. */
    private static void wholeEnvironment(Map<String, Builder> into, Target target, Position at,
                                         Optional<String> condition, String fact) {
        Builder builder = into.computeIfAbsent(key(target), k -> new Builder(target));
        builder.note(condition);
        builder.inEnvironment = true;
        if (builder.at.isEmpty()) {
            builder.at = Optional.of(at);
            builder.evidence.add(Evidence.at(at, fact));
        }
    }

    /** Uses are gathered by target; a resource outside the template never shares a key with one inside. */
    private static String key(Target target) {
        return target.outside().isPresent() ? "outside " + target.logicalId() : target.logicalId();
    }

    /**
     * The resource outside the template that answers at an endpoint name: the snapshot's, when the
     * user's AWS snapshot (of the template's region) has one at that address.
     */
    private static Target named(TemplateModel model, EndpointName name) {
        AwsSnapshot.DataStores stores = model.network().context().snapshot() instanceof SnapshotUse.Applies applies
                ? applies.snapshot().dataStores() : AwsSnapshot.DataStores.NONE;
        return Target.named(new NamedEndpoint(name, stores.byAddress(name.host()), stores));
    }

    /** "the endpoint form of an RDS Proxy". */
    private static String formOf(EndpointName name) {
        boolean an = switch (name.kind()) {
            case RDS_PROXY, RDS_PROXY_ENDPOINT, ELASTICACHE -> true;
            case RDS_CLUSTER, RDS_INSTANCE, MEMORYDB -> false;
        };
        return "the endpoint form of " + (an ? "an " : "a ") + name.kind().description();
    }

    private static Optional<Target> target(TemplateModel model, Value.ResourceRef ref) {
        if (ref.attribute().isEmpty()) {
            return Optional.empty();
        }
        return model.typeOf(ref.logicalId()).flatMap(Target::kindOf)
                .filter(kind -> Target.isConnectionAttribute(kind, ref.attribute().get()))
                .map(kind -> new Target(ref.logicalId(), kind));
    }

    /** Every resource reference inside a value, with the Fn::If condition it sits under, if any. */
    private static void walk(Value value, Optional<String> condition,
                             BiConsumer<Value.ResourceRef, Optional<String>> visit) {
        leaves(value, condition, (leaf, under) -> {
            if (leaf instanceof Value.ResourceRef ref) {
                visit.accept(ref, under);
            }
        });
    }

    /** Every literal text inside a value, with the Fn::If condition it sits under, if any. */
    private static void texts(Value value, Optional<String> condition, BiConsumer<Value.Text, Optional<String>> visit) {
        leaves(value, condition, (leaf, under) -> {
            if (leaf instanceof Value.Text text) {
                visit.accept(text, under);
            }
        });
    }

    /** Every value inside lists, maps, {@code Fn::Sub}/{@code Fn::Join} parts and both branches of {@code Fn::If}. */
    private static void leaves(Value value, Optional<String> condition, BiConsumer<Value, Optional<String>> visit) {
        if (value instanceof Value.ListValue list) {
            list.items().forEach(item -> leaves(item, condition, visit));
        } else if (value instanceof Value.MapValue map) {
            map.entries().values().forEach(item -> leaves(item, condition, visit));
        } else if (value instanceof Value.Concat concat) {
            concat.parts().forEach(part -> leaves(part, condition, visit));
        } else if (value instanceof Value.Choice choice) {
            Optional<String> under = condition.or(() -> Optional.of(choice.condition()));
            leaves(choice.whenTrue(), under, visit);
            leaves(choice.whenFalse(), under, visit);
        } else {
            visit.accept(value, condition);
        }
    }

    /**
     * A role shared by functions in and out of a VPC says nothing about which of them connects;
     * its policies then count for none of them.
     */
    private boolean policyEvidenceApplies(LambdaFunction function) {
        return !(function.role() instanceof ExecutionRole.TemplateRole role)
                || !rolesInAndOutOfVpc.contains(role.logicalId());
    }

    /** A statement of a role that allows a connect action on a target: a fact of the role. */
    private record Grant(Target target, PolicyStatement statement, String action) {
    }

    private void policies(LambdaFunction function, Map<String, Builder> into) {
        Permissions permissions = function.role().permissions();
        for (Grant grant : grantsOfRole.computeIfAbsent(permissions, this::grants)) {
            Target target = grant.target();
            PolicyStatement statement = grant.statement();
            Builder builder = into.computeIfAbsent(key(target), k -> new Builder(target));
            builder.unconditional = true;
            if (builder.evidence.stream().noneMatch(e -> e.position().equals(statement.position()))) {
                builder.evidence.add(Evidence.at(statement.position(), "a statement of " + statement.origin()
                        + " allows " + grant.action() + " on " + target.logicalId()));
            }
        }
    }

    private List<Grant> grants(Permissions permissions) {
        List<Grant> grants = new ArrayList<>();
        for (PolicyStatement statement : permissions.statements()) {
            grants.addAll(grantsOfStatement.computeIfAbsent(statement, s -> grants(model, s)));
        }
        return grants;
    }

    private static List<Grant> grants(TemplateModel model, PolicyStatement statement) {
        if (statement.effect() != Effect.ALLOW || statement.purpose() != Purpose.FUNCTION_CODE
                || statement.notAction() || statement.notResource()) {
            return List.of();
        }
        List<Grant> grants = new ArrayList<>();
        for (Value resource : statement.resources()) {
            resource.references().forEach(ref -> {
                Optional<Target.Kind> kind = model.typeOf(ref.logicalId()).flatMap(Target::kindOf);
                if (kind.isEmpty()) {
                    return;
                }
                Target target = new Target(ref.logicalId(), kind.get());
                connectAction(model, target, statement)
                        .ifPresent(action -> grants.add(new Grant(target, statement, action)));
            });
        }
        return grants;
    }

    /** The data-plane action the statement allows on the target, written with its own service prefix. */
    private static Optional<String> connectAction(TemplateModel model, Target target, PolicyStatement statement) {
        List<String> wanted = switch (target.kind()) {
            case RDS_PROXY, RDS_PROXY_ENDPOINT, RDS_INSTANCE, RDS_CLUSTER -> List.of("rds-db:connect");
            case CACHE -> model.services().cache(target.logicalId())
                    .filter(c -> c.kind() == CacheCluster.Kind.MEMORYDB_CLUSTER).isPresent()
                    ? List.of("memorydb:Connect") : List.of("elasticache:Connect");
            case SEARCH_DOMAIN -> SEARCH_ACTIONS;
            case LOAD_BALANCER -> List.of();
        };
        for (String action : wanted) {
            String service = ActionPattern.service(action);
            for (Value pattern : statement.actions()) {
                Optional<String> text = pattern.asText();
                if (text.isPresent() && ActionPattern.service(text.get()).equals(service)
                        && ActionPattern.matches(text.get(), action) && statement.covers(action) == TriState.YES) {
                    return Optional.of(action);
                }
            }
        }
        return Optional.empty();
    }
}
