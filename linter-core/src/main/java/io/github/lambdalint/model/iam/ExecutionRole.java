package io.github.lambdalint.model.iam;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/** The role a function runs with: one of the template's, the one SAM generates, or one from outside. */
public sealed interface ExecutionRole {

    /** How a message names the role. */
    String name();

    /** Where the role is declared, or where the function names it. */
    Position position();

    Permissions permissions();

    /** The role's permissions boundary, when the template sets one. */
    Optional<PermissionsBoundary> boundary();

    /** Whether the role's trust policy lets the service principal assume it. */
    TriState trusts(String servicePrincipal);

    /** An {@code AWS::IAM::Role} of the template, with every policy attached to it in the template. */
    record TemplateRole(String logicalId, Permissions permissions, TrustPolicy trustPolicy,
                        Optional<PermissionsBoundary> boundary, Position position)
            implements ExecutionRole {
        public String name() {
            return "role " + logicalId;
        }

        public TriState trusts(String servicePrincipal) {
            return trustPolicy.trusts(servicePrincipal);
        }
    }

    /**
     * The role SAM generates for a function without {@code Role}: the managed policies SAM adds,
     * {@code Policies}, and the policies for the dead-letter queue, destinations and event sources.
     */
    record GeneratedRole(String functionLogicalId, Permissions permissions, TrustPolicy trustPolicy,
                         Optional<PermissionsBoundary> boundary, Position position) implements ExecutionRole {
        public String name() {
            return "the role SAM generates for " + functionLogicalId;
        }

        public TriState trusts(String servicePrincipal) {
            return trustPolicy.trusts(servicePrincipal);
        }
    }

    /** A role given as an ARN, a parameter, an import or a condition: nothing is known about it. */
    record ExternalRole(Value reference, String reason) implements ExecutionRole {
        public String name() {
            return reference.asText().map(arn -> "role " + arn).orElse("a role from outside the template");
        }

        public Position position() {
            return reference.position();
        }

        public Permissions permissions() {
            return Permissions.unknown(new OpaquePolicy(reason, reference.position()));
        }

        public Optional<PermissionsBoundary> boundary() {
            return Optional.empty(); // unknown, like the rest of the role
        }

        public TriState trusts(String servicePrincipal) {
            return TriState.UNKNOWN;
        }
    }

    /** Which service principals a role's {@code AssumeRolePolicyDocument} lets assume it. */
    record TrustPolicy(List<Value> servicePrincipals, boolean readable, Optional<Position> position) {
        public TrustPolicy {
            servicePrincipals = List.copyOf(servicePrincipals);
        }

        public TriState trusts(String servicePrincipal) {
            boolean unknown = !readable;
            for (Value principal : servicePrincipals) {
                Optional<String> text = principal.literalText();
                if (text.isEmpty()) {
                    unknown = true;
                } else if (text.get().equalsIgnoreCase(servicePrincipal)) {
                    return TriState.YES;
                }
            }
            return unknown ? TriState.UNKNOWN : TriState.NO;
        }
    }
}
