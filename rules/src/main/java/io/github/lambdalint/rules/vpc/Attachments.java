package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.List;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.rule.Violation;

/**
 * How a finding about a function's VPC attachment is reported: at the rule's level when the
 * function is always attached; when it is attached only while an undecidable condition holds,
 * as a note that names the condition and what to give to decide it (the same for every rule).
 */
public final class Attachments {

    /** What the user gives to have a finding that depends on a condition checked for the deployed case. */
    public static final String DECIDE = "Give the parameters behind the condition a value (--parameter) to check"
            + " the deployed case.";

    private Attachments() {
    }

    /** At the rule's level for a function always attached, a note naming the condition otherwise. */
    public static Violation violation(LambdaFunction function, VpcAttachment.Attached attachment, Position at,
                                      String message, List<Evidence> evidence) {
        return attachment.when().isEmpty() ? Violation.of(at, function.logicalId(), message, evidence)
                : note(function, attachment, at, message, evidence);
    }

    /** A note in any case (its decisive fact is unknown), naming the condition of the attachment if any. */
    public static Violation note(LambdaFunction function, VpcAttachment.Attached attachment, Position at,
                                 String message, List<Evidence> evidence) {
        if (attachment.when().isEmpty()) {
            return Violation.uncertain(at, function.logicalId(), message, evidence);
        }
        List<Evidence> withCondition = new ArrayList<>(evidence);
        withCondition.add(conditionEvidence(function, attachment));
        return Violation.uncertain(at, function.logicalId(), message + onlyWhen(List.of(function.logicalId()),
                attachment.when().get()), withCondition);
    }

    /**
     * What a note about functions attached only under a condition adds to its message: which
     * functions, the condition, and what to give to decide it.
     */
    public static String onlyWhen(List<String> functions, String when) {
        return " (" + (functions.size() == 1 ? "Function " + functions.get(0) + " is" : "These functions are")
                + " attached to the VPC only " + when + ". " + DECIDE + ")";
    }

    /**
     * A note, at its VpcConfig, for a function attached to its VPC only under a condition that
     * always uses something it reaches only from inside the VPC.
     *
     * @param uses what the function uses and what fails without the VpcConfig ("always uses ...; without
     *             the VpcConfig it cannot ...")
     */
    public static Violation usesAlwaysButAttachedOnlyWhen(LambdaFunction function, VpcAttachment.Attached attachment,
                                                          String uses, List<Evidence> evidence) {
        List<Evidence> withCondition = new ArrayList<>(evidence);
        withCondition.add(conditionEvidence(function, attachment));
        return Violation.uncertain(attachment.vpcConfig().position(), function.logicalId(), "function "
                + function.logicalId() + " is attached to its VPC only " + attachment.when().orElseThrow() + " but "
                + uses + " " + DECIDE, withCondition);
    }

    /** Where the condition of the attachment is written, and what it decides. */
    public static Evidence conditionEvidence(LambdaFunction function, VpcAttachment.Attached attachment) {
        return Evidence.at(attachment.vpcConfig().position(), "the VpcConfig of " + function.logicalId()
                + " attaches it to the VPC " + attachment.when().map(w -> "only " + w).orElse("always"));
    }
}
