package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.OpaquePolicy;
import io.github.lambdalint.model.iam.PermissionsBoundary;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Reads the template's IAM roles with every policy attached to them: inline {@code Policies},
 * {@code ManagedPolicyArns}, and the {@code AWS::IAM::Policy}, {@code ManagedPolicy} and
 * {@code RolePolicy} resources that name the role.
 */
final class RoleReader {

    private final LiveResources resources;

    RoleReader(LiveResources resources) {
        this.resources = resources;
    }

    Map<String, ExecutionRole.TemplateRole> read() {
        Map<String, PolicyDocuments.Collector> collectors = new HashMap<>();
        List<Resource> roles = resources.ofType("AWS::IAM::Role");
        for (Resource role : roles) {
            PolicyDocuments.Collector collector = new PolicyDocuments.Collector();
            collectors.put(role.logicalId(), collector);
            resources.property(role, "Policies").flatMap(Value::asList).ifPresent(policies -> {
                for (Value policy : policies) {
                    inlinePolicy(policy, "inline policy", role.logicalId(), collector);
                }
            });
            resources.property(role, "Policies").filter(v -> v.asList().isEmpty())
                    .ifPresent(v -> collector.opaque.add(new OpaquePolicy(
                            "the Policies of role " + role.logicalId() + " are not known statically", v.position())));
            resources.property(role, "ManagedPolicyArns").ifPresent(arns -> managedPolicies(arns, collector));
        }
        attachPolicies(collectors);
        Map<String, ExecutionRole.TemplateRole> result = new HashMap<>();
        for (Resource role : roles) {
            ExecutionRole.TrustPolicy trust = TrustPolicies.read(resources.property(role, "AssumeRolePolicyDocument"),
                    role.properties().entry("AssumeRolePolicyDocument").map(e -> e.key().position()));
            result.put(role.logicalId(), new ExecutionRole.TemplateRole(role.logicalId(),
                    collectors.get(role.logicalId()).permissions(), trust,
                    resources.property(role, "PermissionsBoundary").map(this::boundary), role.position()));
        }
        return result;
    }

    private static void inlinePolicy(Value policy, String kind, String roleId, PolicyDocuments.Collector into) {
        Optional<Value.MapValue> map = policy.asMap();
        String name = map.flatMap(m -> m.get("PolicyName")).flatMap(Value::literalText).orElse("");
        String origin = kind + (name.isEmpty() ? "" : " " + name) + " of role " + roleId;
        Optional<Value> document = map.flatMap(m -> m.get("PolicyDocument"));
        if (document.isEmpty()) {
            into.opaque.add(new OpaquePolicy(origin + " is not known statically", policy.position()));
            return;
        }
        PolicyDocuments.read(document.get(), origin, Purpose.FUNCTION_CODE, into);
    }

    /** A role's PermissionsBoundary: a managed policy of the template, an AWS managed policy, or Unknown. */
    PermissionsBoundary boundary(Value arn) {
        PolicyDocuments.Collector collector = new PolicyDocuments.Collector();
        managedPolicy(arn, collector);
        String name = resources.referencedResource(arn, "AWS::IAM::ManagedPolicy").map(id -> "managed policy " + id)
                .or(() -> AwsManagedPolicies.policyName(arn).map(n -> "AWS managed policy " + n))
                .orElse("the managed policy " + arn.literalText().orElse("from outside the template"));
        return new PermissionsBoundary(name, collector.permissions(), arn.position());
    }

    private void managedPolicies(Value arns, PolicyDocuments.Collector into) {
        List<Value> list = arns.asList().orElse(List.of(arns));
        for (Value arn : list) {
            managedPolicy(arn, into);
        }
    }

    private void managedPolicy(Value arn, PolicyDocuments.Collector into) {
        Optional<String> customer = resources.referencedResource(arn, "AWS::IAM::ManagedPolicy");
        if (customer.isPresent()) {
            Resource policy = resources.resource(customer.get()).orElseThrow();
            String origin = "managed policy " + policy.logicalId();
            resources.property(policy, "PolicyDocument").ifPresentOrElse(
                    document -> PolicyDocuments.read(document, origin, Purpose.FUNCTION_CODE, into),
                    () -> into.opaque.add(new OpaquePolicy(origin + " has no known document", policy.position())));
        } else if (arn instanceof Value.ResourceRef) {
            into.opaque.add(new OpaquePolicy("a managed policy ARN that is not known statically", arn.position()));
        } else {
            PolicyDocuments.managed(arn, into);
        }
    }

    /** Policies that name their roles: AWS::IAM::Policy, ManagedPolicy (Roles) and RolePolicy (RoleName). */
    private void attachPolicies(Map<String, PolicyDocuments.Collector> collectors) {
        for (Resource policy : resources.ofType("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy",
                "AWS::IAM::RolePolicy")) {
            if (policy.is("AWS::IAM::ManagedPolicy") && isReferencedAsArn(policy.logicalId())) {
                continue; // read through the role's ManagedPolicyArns already
            }
            List<Value> roles = new ArrayList<>();
            resources.property(policy, "Roles").flatMap(Value::asList).ifPresent(roles::addAll);
            resources.property(policy, "RoleName").ifPresent(roles::add);
            Optional<Value> document = resources.property(policy, "PolicyDocument");
            for (Value role : roles) {
                Optional<String> roleId = resources.referencedResource(role, "AWS::IAM::Role")
                        .or(() -> roleNamed(role));
                if (roleId.isEmpty() || !collectors.containsKey(roleId.get())) {
                    continue;
                }
                String origin = (policy.is("AWS::IAM::ManagedPolicy") ? "managed policy " : "policy ")
                        + policy.logicalId();
                if (resources.undecidedCondition(policy).isPresent()) {
                    collectors.get(roleId.get()).opaque.add(new OpaquePolicy(origin + " is attached only under condition "
                            + resources.undecidedCondition(policy).get(), policy.position()));
                } else if (document.isPresent()) {
                    PolicyDocuments.read(document.get(), origin, Purpose.FUNCTION_CODE, collectors.get(roleId.get()));
                } else {
                    collectors.get(roleId.get()).opaque.add(new OpaquePolicy(origin + " has no known document",
                            policy.position()));
                }
            }
        }
    }

    /**
     * The template role whose {@code RoleName} a policy names by value rather than by {@code Ref}
     * ({@code Roles: [orders-fn-role]}, or the same {@code Fn::Sub} as the role's name).
     */
    private Optional<String> roleNamed(Value name) {
        for (Resource role : resources.ofType("AWS::IAM::Role")) {
            Optional<Value> roleName = resources.property(role, "RoleName");
            if (roleName.isPresent() && sameText(roleName.get(), name)) {
                return Optional.of(role.logicalId());
            }
        }
        return Optional.empty();
    }

    /** Equal literal text, or two strings built from the same parts (unknown parts of the same identity). */
    private static boolean sameText(Value a, Value b) {
        Optional<String> textA = a.literalText();
        Optional<String> textB = b.literalText();
        if (textA.isPresent() || textB.isPresent()) {
            return textA.equals(textB);
        }
        if (a instanceof Value.Concat concatA && b instanceof Value.Concat concatB
                && concatA.parts().size() == concatB.parts().size()) {
            for (int i = 0; i < concatA.parts().size(); i++) {
                if (!concatA.parts().get(i).isSameAs(concatB.parts().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.isSameAs(b);
    }

    private boolean isReferencedAsArn(String managedPolicyId) {
        for (Resource role : resources.ofType("AWS::IAM::Role")) {
            boolean referenced = resources.property(role, "ManagedPolicyArns")
                    .map(v -> v.references().anyMatch(r -> r.logicalId().equals(managedPolicyId)))
                    .orElse(false);
            if (referenced) {
                return true;
            }
        }
        return false;
    }
}
