package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.model.iam.Effect;
import io.github.lambdalint.model.iam.OpaquePolicy;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * Reads IAM policy documents into statements. What cannot be read (a document from a
 * parameter, a statement under an undecided condition) is collected as an {@link OpaquePolicy}.
 */
final class PolicyDocuments {

    /** Statements and unreadable parts gathered for one role. */
    static final class Collector {
        final List<PolicyStatement> statements = new ArrayList<>();
        final List<OpaquePolicy> opaque = new ArrayList<>();

        io.github.lambdalint.model.iam.Permissions permissions() {
            return new io.github.lambdalint.model.iam.Permissions(statements, opaque);
        }
    }

    private PolicyDocuments() {
    }

    static void read(Value document, String origin, Purpose purpose, Collector into) {
        Optional<Value.MapValue> map = document.asMap();
        if (map.isEmpty()) {
            into.opaque.add(new OpaquePolicy(origin + " is not known statically", document.position()));
            return;
        }
        Optional<Value> statements = map.get().get("Statement");
        if (statements.isEmpty()) {
            return;
        }
        List<Value> list = statements.get().asList().orElse(List.of(statements.get()));
        for (Value statement : list) {
            readStatement(statement, origin, purpose, into);
        }
    }

    private static void readStatement(Value statement, String origin, Purpose purpose, Collector into) {
        Optional<Value.MapValue> map = statement.asMap();
        if (map.isEmpty()) {
            into.opaque.add(new OpaquePolicy("a statement of " + origin + " is not known statically",
                    statement.position()));
            return;
        }
        Value.MapValue body = map.get();
        Optional<String> effectText = body.get("Effect").flatMap(Value::asText);
        if (effectText.isEmpty()) {
            into.opaque.add(new OpaquePolicy("a statement of " + origin + " has no known Effect",
                    statement.position()));
            return;
        }
        Effect effect = effectText.get().toLowerCase(Locale.ROOT).equals("deny") ? Effect.DENY : Effect.ALLOW;
        boolean notAction = body.get("Action").isEmpty() && body.get("NotAction").isPresent();
        boolean notResource = body.get("Resource").isEmpty() && body.get("NotResource").isPresent();
        List<Value> actions = items(body.get(notAction ? "NotAction" : "Action"));
        List<Value> resources = items(body.get(notResource ? "NotResource" : "Resource"));
        into.statements.add(new PolicyStatement(effect, actions, notAction, resources, notResource,
                body.get("Condition").isPresent(), origin, purpose, statement.position()));
    }

    private static List<Value> items(Optional<Value> value) {
        if (value.isEmpty()) {
            return List.of();
        }
        return value.get().asList().orElse(List.of(value.get()));
    }

    /** A statement the template does not write but a managed policy or SAM adds. */
    static PolicyStatement granted(List<String> actions, List<Value> resources, String origin, Purpose purpose,
                                   Position position, io.github.lambdalint.parse.Node source) {
        return new PolicyStatement(Effect.ALLOW, actions.stream().<Value>map(a -> new Value.Text(a, source)).toList(),
                false, resources, false, false, origin, purpose, position);
    }

    /** An attached managed policy: its known statements, or an opaque entry. */
    static void managed(Value arn, Collector into) {
        Optional<String> name = AwsManagedPolicies.policyName(arn);
        Optional<AwsManagedPolicies.Facts> facts = name.flatMap(AwsManagedPolicies::byName);
        if (facts.isEmpty()) {
            String description = name.map(n -> "AWS managed policy " + n + " (not in lambda-lint's table)")
                    .orElse("managed policy " + arn.literalText().orElse("from outside the template"));
            into.opaque.add(new OpaquePolicy(description, arn.position()));
            return;
        }
        AwsManagedPolicies.Facts policy = facts.get();
        List<Value> everything = List.of(new Value.Text("*", arn.source()));
        String origin = "AWS managed policy " + policy.name();
        if (!policy.notActions().isEmpty()) {
            into.statements.add(new PolicyStatement(Effect.ALLOW, policy.notActions().stream()
                    .<Value>map(a -> new Value.Text(a, arn.source())).toList(), true, everything, false, false,
                    origin, policy.purpose(), arn.position()));
        }
        if (!policy.actions().isEmpty()) {
            into.statements.add(granted(policy.actions(), everything, origin, policy.purpose(), arn.position(),
                    arn.source()));
        }
    }
}
