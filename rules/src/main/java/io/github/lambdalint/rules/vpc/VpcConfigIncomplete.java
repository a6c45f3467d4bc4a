package io.github.lambdalint.rules.vpc;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.network.Ec2Ids;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL105: a {@code VpcConfig} that names subnets but no security group, or security groups but no
 * subnet, or a literal id no subnet or security group can have. Lambda rejects it and the stack
 * fails to deploy. Both lists empty is how a function is detached from a VPC, so that is fine;
 * SAM {@code Globals} are merged first.
 */
public final class VpcConfigIncomplete implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL105", "VpcConfigIncomplete", Level.ERROR,
            "VpcConfig with subnets but no security group, or security groups but no subnet, or a literal id no "
                    + "subnet or security group can have.",
            "Lambda attaches a function to a VPC only with at least one subnet and one security group. A VpcConfig"
                    + " that gives one list but leaves the other out or empty is rejected when the stack deploys."
                    + " Both lists empty detaches the function from its VPC and is fine.",
            List.of("correctness", "vpc", "lambda"), "very-high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Whether a list of the VpcConfig is given. */
    private enum Presence { GIVEN, MISSING, UNKNOWN }

    /** The presence of a list in each branch of the condition it depends on, if any. */
    private record Status(Optional<String> condition, Presence whenTrue, Presence whenFalse) {
        static Status certain(Presence presence) {
            return new Status(Optional.empty(), presence, presence);
        }
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        for (LambdaFunction function : model.functions()) {
            samCapacityProviderConflict(function, report);
            // a capacity provider's VpcConfig is the provider's to validate, with its own rules
            function.vpcAttachment().config().filter(vpc -> vpc.capacityProvider().isEmpty())
                    .ifPresent(vpc -> check(function, vpc, report));
        }
    }

    /**
     * SAM rejects a function with both {@code VpcConfig} (Globals merged) and {@code CapacityProviderConfig}
     * (samtranslator/model/sam_resources.py: the two are mutually exclusive): the function runs in its
     * capacity provider's subnets.
     */
    private static void samCapacityProviderConflict(LambdaFunction function, Consumer<Violation> report) {
        if (function.kind() != LambdaFunction.Kind.SAM || function.property("VpcConfig").isEmpty()
                || function.property("CapacityProviderConfig").isEmpty()) {
            return;
        }
        report.accept(Violation.of(function.positionOf("VpcConfig"), function.logicalId(), "function "
                + function.logicalId() + " sets both VpcConfig and CapacityProviderConfig: SAM rejects the template"
                + " (\"Cannot specify 'CapacityProviderConfig' and 'VpcConfig' together\"). A function on Lambda"
                + " Managed Instances runs in the subnets of its capacity provider; remove VpcConfig and set the"
                + " subnets and security groups in the capacity provider's VpcConfig.",
                List.of(Evidence.at(function.positionOf("CapacityProviderConfig"), "function "
                        + function.logicalId() + " runs on the capacity provider of its CapacityProviderConfig"))));
    }

    private static void check(LambdaFunction function, VpcConfig vpc, Consumer<Violation> report) {
        // a whole VpcConfig under a condition is incomplete only when that condition holds
        Optional<VpcAttachment.Attached> attachment = function.vpcAttachment().attached();
        impossibleIds(function, attachment, vpc, "SubnetIds", vpc.subnetIds(), Ec2Ids::isSubnetId, "subnet",
                Ec2Ids.SUBNET_PREFIX, report);
        impossibleIds(function, attachment, vpc, "SecurityGroupIds", vpc.securityGroupIds(), Ec2Ids::isSecurityGroupId,
                "security group", Ec2Ids.SECURITY_GROUP_PREFIX, report);
        Status subnets = status(vpc.subnetIds());
        Status groups = status(vpc.securityGroupIds());
        if (subnets.condition().isEmpty() && groups.condition().isEmpty()) {
            Presence s = subnets.whenTrue();
            Presence g = groups.whenTrue();
            if (s == Presence.GIVEN && g == Presence.MISSING) {
                report.accept(certain(function, attachment, missingAt(function, vpc, "SecurityGroupIds"),
                        message(function, "subnets but no security group", Optional.empty()),
                        evidence(function, vpc, "SubnetIds", "SecurityGroupIds", Optional.empty())));
            } else if (s == Presence.MISSING && g == Presence.GIVEN) {
                report.accept(certain(function, attachment, missingAt(function, vpc, "SubnetIds"),
                        message(function, "security groups but no subnet", Optional.empty()),
                        evidence(function, vpc, "SecurityGroupIds", "SubnetIds", Optional.empty())));
            }
            return;
        }
        // One list (or both) depends on a condition: in which branch is the config incomplete?
        Optional<String> condition = subnets.condition().isPresent() ? subnets.condition() : groups.condition();
        if (subnets.condition().isPresent() && groups.condition().isPresent()
                && !subnets.condition().equals(groups.condition())) {
            return; // two conditions: they may well go together
        }
        for (boolean branch : new boolean[] {true, false}) {
            Presence s = branch ? subnets.whenTrue() : subnets.whenFalse();
            Presence g = branch ? groups.whenTrue() : groups.whenFalse();
            String when = "when condition " + condition.get() + " is " + branch;
            if (s == Presence.GIVEN && g == Presence.MISSING) {
                report.accept(branch(function, attachment, condition.get(),
                        missingAt(function, vpc, "SecurityGroupIds"),
                        message(function, "subnets but no security group", Optional.of(when)),
                        evidence(function, vpc, "SubnetIds", "SecurityGroupIds", Optional.of(when))));
                return;
            }
            if (s == Presence.MISSING && g == Presence.GIVEN) {
                report.accept(branch(function, attachment, condition.get(), missingAt(function, vpc, "SubnetIds"),
                        message(function, "security groups but no subnet", Optional.of(when)),
                        evidence(function, vpc, "SecurityGroupIds", "SubnetIds", Optional.of(when))));
                return;
            }
        }
    }

    /**
     * Literal ids without their EC2 prefix ({@code PrivateSubnet1ID} for a subnet): no such subnet or
     * security group can exist, so Lambda rejects the VpcConfig. Usually a {@code !Ref} left out.
     */
    private static void impossibleIds(LambdaFunction function, Optional<VpcAttachment.Attached> attachment,
                                      VpcConfig vpc, String key, Optional<Value> list,
                                      Predicate<String> wellFormed, String kind, String prefix,
                                      Consumer<Violation> report) {
        for (Value item : list.flatMap(Value::asList).orElse(List.of())) {
            if (!(item instanceof Value.Text text) || text.text().isBlank() || wellFormed.test(text.text())) {
                continue;
            }
            String message = "the " + key + " of function " + function.logicalId() + " lists '" + text.text()
                    + "', which is not a " + kind + " id (" + prefix + "...): no " + kind + " can have it, so Lambda"
                    + " rejects the VpcConfig and the stack fails to deploy. Give the " + kind + "'s id, or a !Ref to"
                    + " the parameter or resource that holds it (a !Ref left out is the usual cause).";
            report.accept(certain(function, attachment, item.position(), message,
                    List.of(Evidence.at(vpc.positionOf(key), key + " of function " + function.logicalId()))));
        }
    }

    /** Incomplete whatever the lists' conditions: at the rule's level unless the whole block is conditional. */
    private static Violation certain(LambdaFunction function, Optional<VpcAttachment.Attached> attachment,
                                     Position at, String message, List<Evidence> evidence) {
        return attachment.isPresent() ? Attachments.violation(function, attachment.get(), at, message, evidence)
                : Violation.of(at, function.logicalId(), message, evidence);
    }

    /**
     * Incomplete in one branch of a list's condition: a note, which also names the condition of the
     * whole block when that is another one.
     */
    private static Violation branch(LambdaFunction function, Optional<VpcAttachment.Attached> attachment,
                                    String listCondition, Position at, String message, List<Evidence> evidence) {
        boolean otherCondition = attachment.flatMap(VpcAttachment.Attached::condition)
                .filter(c -> !c.equals(listCondition) && !c.equals("!" + listCondition)).isPresent();
        return otherCondition ? Attachments.note(function, attachment.get(), at, message, evidence)
                : Violation.uncertain(at, function.logicalId(), message, evidence);
    }

    private static String message(LambdaFunction function, String what, Optional<String> when) {
        return "the VpcConfig of function " + function.logicalId() + " has " + what
                + when.map(w -> " " + w).orElse("") + ", which Lambda rejects, so the stack fails to deploy; give"
                + " both SubnetIds and SecurityGroupIds (or leave both empty to keep the function out of a VPC).";
    }

    /** Where the missing list is written (empty or conditional), or the VpcConfig key. */
    private static Position missingAt(LambdaFunction function, VpcConfig vpc, String missingKey) {
        if (vpc.keyPositions().containsKey(missingKey)) {
            return vpc.positionOf(missingKey);
        }
        return function.positionOf("VpcConfig");
    }

    private static List<Evidence> evidence(LambdaFunction function, VpcConfig vpc, String givenKey,
                                           String missingKey, Optional<String> when) {
        boolean written = vpc.keyPositions().containsKey(missingKey);
        String missingText = !written ? "VpcConfig has no " + missingKey
                : when.isPresent() ? missingKey + " is left out " + when.get()
                : missingKey + " is empty";
        return List.of(Evidence.at(vpc.positionOf(givenKey), givenKey + " is given"),
                Evidence.at(missingAt(function, vpc, missingKey), missingText));
    }

    private static Status status(Optional<Value> list) {
        if (list.isEmpty()) {
            return Status.certain(Presence.MISSING);
        }
        Value value = list.get();
        if (value instanceof Value.Choice choice) {
            Status whenTrue = status(Optional.of(choice.whenTrue()));
            Status whenFalse = status(Optional.of(choice.whenFalse()));
            if (whenTrue.condition().isPresent() || whenFalse.condition().isPresent()) {
                return Status.certain(Presence.UNKNOWN); // nested conditions: not judged
            }
            return new Status(Optional.of(choice.condition()), whenTrue.whenTrue(), whenFalse.whenTrue());
        }
        return Status.certain(presence(value));
    }

    private static Presence presence(Value value) {
        if (value instanceof Value.NoValue) {
            return Presence.MISSING;
        }
        if (value instanceof Value.Text text) {
            return text.text().isBlank() ? Presence.MISSING : Presence.GIVEN;
        }
        if (value instanceof Value.ListValue list) {
            boolean anyGiven = false;
            boolean anyUnknown = false;
            for (Value item : list.items()) {
                if (item instanceof Value.NoValue || item.asText().filter(String::isBlank).isPresent()) {
                    continue;
                }
                if (item instanceof Value.Choice) {
                    anyUnknown = true;
                } else {
                    anyGiven = true;
                }
            }
            return anyGiven ? Presence.GIVEN : anyUnknown ? Presence.UNKNOWN : Presence.MISSING;
        }
        // a parameter, an import, a reference: a list deployed from outside the template counts as given
        return Presence.GIVEN;
    }
}
