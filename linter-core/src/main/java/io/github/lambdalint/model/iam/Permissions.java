package io.github.lambdalint.model.iam;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.github.lambdalint.resolve.TriState;

/**
 * Everything a role's identity policies say, read as far as the template allows. Answers
 * "may the role do this action?" three ways: an explicit Deny on every resource wins, an Allow
 * answers yes, and anything unreadable leaves the answer unknown.
 */
public record Permissions(List<PolicyStatement> statements, List<OpaquePolicy> opaque) {

    public static Permissions unknown(OpaquePolicy why) {
        return new Permissions(List.of(), List.of(why));
    }

    public Permissions {
        statements = List.copyOf(statements);
        opaque = List.copyOf(opaque);
    }

    public TriState allows(String action) {
        return decision(action).allowed();
    }

    /** The answer together with the statement that decides it. */
    public Decision decision(String action) {
        return decision(statement -> statement.covers(action));
    }

    /**
     * The same answer for one action, with what each statement says about it ({@link
     * PolicyStatement#covers}) given by the caller: the views of a role that functions share hold
     * the same statement objects, so a caller deciding for many views can read each statement once.
     */
    public Decision decision(Function<PolicyStatement, TriState> coversAction) {
        Optional<PolicyStatement> allowing = Optional.empty();
        boolean unknown = !opaque.isEmpty();
        for (PolicyStatement statement : statements) {
            TriState covers = coversAction.apply(statement);
            if (statement.effect() == Effect.DENY) {
                if (covers == TriState.YES && statement.coversAllResources() && !statement.conditional()) {
                    return new Decision(TriState.NO, Optional.of(statement));
                }
                if (covers != TriState.NO) {
                    unknown = true;
                }
            } else if (covers == TriState.YES && allowing.isEmpty()) {
                allowing = Optional.of(statement);
            } else if (covers == TriState.UNKNOWN) {
                unknown = true;
            }
        }
        if (allowing.isPresent()) {
            return new Decision(unknown && hasDenies() ? TriState.UNKNOWN : TriState.YES, allowing);
        }
        return new Decision(unknown ? TriState.UNKNOWN : TriState.NO, Optional.empty());
    }

    private boolean hasDenies() {
        return statements.stream().anyMatch(s -> s.effect() == Effect.DENY);
    }

    /** Whether an action is allowed, and by (or, for a Deny, against) which statement. */
    public record Decision(TriState allowed, Optional<PolicyStatement> statement) {
    }
}
