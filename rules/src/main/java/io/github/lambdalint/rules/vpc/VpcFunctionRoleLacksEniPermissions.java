package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.CapacityProvider;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.iam.Effect;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.Permissions;
import io.github.lambdalint.model.iam.PermissionsBoundary;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL103: a VPC function whose execution role, as far as the template shows it completely, does
 * not allow the three network-interface actions Lambda needs to attach the function to its
 * subnets; for a function on a capacity provider, the provider's operator role in its place. A
 * role from outside the template, or one with a policy lambda-lint cannot read, is not judged.
 */
public final class VpcFunctionRoleLacksEniPermissions implements Rule {

    /** What Lambda needs to create and remove a VPC function's network interfaces. */
    static final List<String> ENI_ACTIONS = List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
            "ec2:DeleteNetworkInterface");

    /**
     * What Lambda needs to launch a capacity provider's instances with their network interfaces in the
     * provider's subnets: the network-interface actions of AWSLambdaManagedEC2ResourceOperator.
     */
    static final List<String> OPERATOR_ENI_ACTIONS = List.of("ec2:CreateNetworkInterface",
            "ec2:AttachNetworkInterface");

    static final RuleInfo INFO = new RuleInfo("LL103", "VpcFunctionRoleLacksEniPermissions", Level.ERROR,
            "VPC function whose execution role does not allow ec2:CreateNetworkInterface, "
                    + "ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface.",
            "Lambda creates a VPC function's network interfaces with the function's own execution role. When "
                    + "the role in the template allows none or only some of ec2:CreateNetworkInterface, "
                    + "ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface (or an explicit Deny takes them "
                    + "away), creating or updating the function fails. Attach AWSLambdaVPCAccessExecutionRole.",
            List.of("correctness", "vpc", "iam", "lambda"), "very-high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        // Thousands of functions may share one role: what it allows is decided once per view of the role.
        Map<Permissions, Optional<Grants>> grantsOfRole = new IdentityHashMap<>();
        StatementCoverage coverage = new StatementCoverage();
        for (LambdaFunction function : model.functions()) {
            // without subnets (given or not known) Lambda creates no network interface: LL105's case
            function.vpcAttachment().attached().filter(attachment -> !attachment.subnets().none())
                    .ifPresent(attachment -> check(function, attachment, grantsOfRole, coverage, report));
        }
    }

    /**
     * What each statement says about each network-interface action, read once: the views of a shared
     * role that the functions' own queues split apart still share most of their statements.
     */
    private static final class StatementCoverage {
        private final Map<String, Map<PolicyStatement, TriState>> byAction = new HashMap<>();

        Permissions.Decision decision(Permissions permissions, String action) {
            Map<PolicyStatement, TriState> covers = byAction.computeIfAbsent(action, a -> new IdentityHashMap<>());
            return permissions.decision(statement -> covers.computeIfAbsent(statement, s -> s.covers(action)));
        }
    }

    /**
     * What a role's permissions say about the network-interface actions: those they do not allow, and
     * the Deny statements that take them away.
     */
    private record Grants(List<String> missing, List<PolicyStatement> denies, String policies) {
    }

    /** The role's grants, or empty when an unreadable policy may allow an action: precision first. */
    private static Optional<Grants> grants(Permissions permissions, StatementCoverage coverage) {
        List<String> missing = new ArrayList<>();
        List<PolicyStatement> denies = new ArrayList<>();
        for (String action : ENI_ACTIONS) {
            Permissions.Decision decision = coverage.decision(permissions, action);
            if (decision.allowed() == TriState.UNKNOWN) {
                return Optional.empty();
            }
            if (decision.allowed() == TriState.NO) {
                missing.add(action);
                decision.statement().filter(s -> s.effect() == Effect.DENY)
                        .filter(s -> !denies.contains(s)).ifPresent(denies::add);
            }
        }
        return Optional.of(new Grants(List.copyOf(missing), List.copyOf(denies), missing.isEmpty() ? ""
                : policies(permissions)));
    }

    private static void check(LambdaFunction function, VpcAttachment.Attached attachment,
                              Map<Permissions, Optional<Grants>> grantsOfRole, StatementCoverage coverage,
                              Consumer<Violation> report) {
        Optional<CapacityProvider> provider = attachment.vpcConfig().capacityProvider();
        if (provider.isPresent()) {
            // the provider's operator role creates the network interfaces; the execution role plays no part
            checkOperatorRole(function, attachment, provider.get(), report);
            return;
        }
        ExecutionRole role = function.role();
        if (role instanceof ExecutionRole.ExternalRole) {
            return; // nothing is known about a role from outside the template
        }
        Optional<Grants> grants = grantsOfRole.computeIfAbsent(role.permissions(), p -> grants(p, coverage));
        if (grants.isEmpty()) {
            return; // an unreadable policy may allow it: precision first
        }
        List<String> missing = grants.get().missing();
        List<PolicyStatement> denies = grants.get().denies();
        if (missing.isEmpty()) {
            role.boundary().ifPresent(boundary -> checkBoundary(function, attachment, role, boundary, report));
            return;
        }
        boolean generated = role instanceof ExecutionRole.GeneratedRole;
        boolean samIgnoresPolicies = !generated && function.kind() == LambdaFunction.Kind.SAM
                && function.propertyPositions().containsKey("Policies");
        Position at = function.positionOf(generated ? "Policies" : "Role");

        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(attachment.vpcConfig().positionOf("SubnetIds"),
                "function " + function.logicalId() + " is attached to subnets of a VPC"));
        evidence.add(Evidence.at(role.position(), describeRole(role, grants.get().policies(), "the execution role")));
        for (PolicyStatement deny : denies) {
            evidence.add(Evidence.at(deny.position(), "a Deny statement of " + deny.origin() + " takes away "
                    + String.join(", ", deniedBy(deny, missing))));
        }
        if (samIgnoresPolicies) {
            evidence.add(Evidence.at(function.positionOf("Policies"),
                    "SAM ignores Policies because Role is set"));
        }

        List<String> denied = missing.stream()
                .filter(a -> denies.stream().anyMatch(d -> d.covers(a) == TriState.YES)).toList();
        StringBuilder message = new StringBuilder();
        message.append("function ").append(function.logicalId()).append(" is in a VPC but ").append(role.name());
        if (denied.isEmpty()) {
            message.append(" does not allow ").append(String.join(", ", missing));
        } else if (denied.size() == missing.size()) {
            message.append(" explicitly denies ").append(String.join(", ", missing));
        } else {
            message.append(" does not allow ").append(String.join(", ", missing)).append(" (explicitly denying ")
                    .append(String.join(", ", denied)).append(")");
        }
        message.append(": Lambda cannot create the function's network interfaces, so creating or updating the "
                + "function fails.");
        if (samIgnoresPolicies) {
            message.append(" SAM ignores the function's Policies when Role is set.");
        }
        message.append(denied.size() == missing.size()
                ? " Remove the Deny for these actions."
                : " Attach the AWS managed policy AWSLambdaVPCAccessExecutionRole to the role"
                + (denied.isEmpty() ? "." : " and remove the Deny."));
        report.accept(Attachments.violation(function, attachment, at, message.toString(), evidence));
    }

    /**
     * The role allows the actions, but only what its permissions boundary also allows is granted:
     * a boundary that does not allow them takes them away.
     */
    private static void checkBoundary(LambdaFunction function, VpcAttachment.Attached attachment, ExecutionRole role,
                                      PermissionsBoundary boundary, Consumer<Violation> report) {
        List<String> missing = new ArrayList<>();
        for (String action : ENI_ACTIONS) {
            TriState allowed = boundary.permissions().allows(action);
            if (allowed == TriState.UNKNOWN) {
                return; // a boundary from outside the template, or one lambda-lint cannot read
            }
            if (allowed == TriState.NO) {
                missing.add(action);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        boolean generated = role instanceof ExecutionRole.GeneratedRole;
        List<Evidence> evidence = List.of(
                Evidence.at(attachment.vpcConfig().positionOf("SubnetIds"),
                        "function " + function.logicalId() + " is attached to subnets of a VPC"),
                Evidence.at(role.position(), describeRole(role, policies(role.permissions()), "the execution role")),
                Evidence.at(boundary.position(), "the permissions boundary of " + role.name() + " is "
                        + boundary.name() + ", which does not allow " + String.join(", ", missing)));
        String message = "function " + function.logicalId() + " is in a VPC and " + role.name()
                + " allows the network-interface actions, but its permissions boundary, " + boundary.name()
                + ", does not allow " + String.join(", ", missing) + ": a boundary caps what the role's policies"
                + " grant, so Lambda cannot create the function's network interfaces and creating or updating the"
                + " function fails. Allow these actions in the boundary policy.";
        report.accept(Attachments.violation(function, attachment,
                function.positionOf(generated ? "PermissionsBoundary" : "Role"), message, evidence));
    }

    /**
     * A function on Lambda Managed Instances: Lambda creates the network interfaces of the provider's
     * instances with the provider's operator role.
     */
    private static void checkOperatorRole(LambdaFunction function, VpcAttachment.Attached attachment,
                                          CapacityProvider provider, Consumer<Violation> report) {
        ExecutionRole role = provider.operatorRole();
        if (role instanceof ExecutionRole.ExternalRole) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String action : OPERATOR_ENI_ACTIONS) {
            TriState allowed = role.permissions().allows(action);
            if (allowed == TriState.UNKNOWN) {
                return;
            }
            if (allowed == TriState.NO) {
                missing.add(action);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Evidence> evidence = List.of(
                Evidence.at(attachment.vpcConfig().positionOf("SubnetIds"), "function " + function.logicalId()
                        + " runs on capacity provider " + provider.name() + ", in its subnets"),
                Evidence.at(role.position(), describeRole(role, policies(role.permissions()),
                        "the operator role of capacity provider " + provider.name())));
        String message = "function " + function.logicalId() + " runs on capacity provider " + provider.name()
                + ", whose operator role (" + role.name() + ") does not allow " + String.join(", ", missing)
                + ": Lambda launches the provider's instances and their network interfaces in its subnets with"
                + " that role, not with the function's execution role, so it cannot run the function. Attach the"
                + " AWS managed policy AWSLambdaManagedEC2ResourceOperator to the operator role.";
        report.accept(Attachments.violation(function, attachment, provider.operatorRolePosition(), message,
                evidence));
    }

    private static List<String> deniedBy(PolicyStatement deny, List<String> missing) {
        return missing.stream().filter(a -> deny.covers(a) == TriState.YES).toList();
    }

    /** "Role FnRole is the execution role; its policies: AWS managed policy AWSLambdaBasicExecutionRole, ..." */
    private static String describeRole(ExecutionRole role, String policies, String what) {
        String name = role.name();
        String head = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (policies.isEmpty()) {
            return head + " is " + what + "; it allows nothing";
        }
        return head + " is " + what + "; its policies: " + policies;
    }

    /** Where the role's Allow statements come from, in order: empty when it has none. */
    private static String policies(Permissions permissions) {
        Set<String> origins = new LinkedHashSet<>();
        for (PolicyStatement statement : permissions.statements()) {
            if (statement.effect() == Effect.ALLOW) {
                origins.add(statement.origin());
            }
        }
        return String.join(", ", origins);
    }
}
