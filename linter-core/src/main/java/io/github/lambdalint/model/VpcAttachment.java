package io.github.lambdalint.model;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.resolve.Value;

/**
 * Whether Lambda attaches a function to a VPC: the one reading of its {@code VpcConfig} (SAM
 * {@code Globals} merged) that every rule uses. Lambda detaches a function whose VpcConfig is
 * left out or has both lists empty; an {@code Fn::If} on an undecidable condition can make the
 * attachment depend on that condition, and then rules must say so.
 */
public sealed interface VpcAttachment {

    /** The VpcConfig as written (the deployed branch when the whole block is conditional), if any. */
    Optional<VpcConfig> config();

    /** No VpcConfig, or one whose {@code SubnetIds} and {@code SecurityGroupIds} are both empty or left out. */
    record NotAttached(Optional<VpcConfig> config) implements VpcAttachment {
    }

    /**
     * Attached, always or only when {@code condition} holds ({@code C}, or {@code !C} when C must not
     * hold). The lists are the ones deployed under that condition.
     */
    record Attached(VpcConfig vpcConfig, Optional<String> condition, Ids subnets, Ids securityGroups)
            implements VpcAttachment {

        @Override
        public Optional<VpcConfig> config() {
            return Optional.of(vpcConfig);
        }

        public boolean conditional() {
            return condition.isPresent();
        }

        /** "when condition InVpc holds" or "when condition InVpc does not hold", for a conditional one. */
        public Optional<String> when() {
            return condition.map(c -> c.startsWith("!") ? "when condition " + c.substring(1) + " does not hold"
                    : "when condition " + c + " holds");
        }
    }

    /**
     * A VpcConfig whose lists depend on several conditions (or on nested ones) in a way that leaves
     * open whether any deployment attaches the function; {@code reason} says which.
     */
    record Undecided(VpcConfig vpcConfig, String reason) implements VpcAttachment {
        @Override
        public Optional<VpcConfig> config() {
            return Optional.of(vpcConfig);
        }
    }

    /**
     * {@code SubnetIds} or {@code SecurityGroupIds} as deployed: the value (empty when left out) and,
     * when it is a list written out in the template, its entries without repeats of the same id
     * (entries may still be unknown: a parameter, an import, an {@code Fn::If}).
     */
    record Ids(Optional<Value> value, Optional<List<Value>> entries) {
        public Ids {
            entries = entries.map(List::copyOf);
        }

        /** Left out, or a written list with no entry. */
        public boolean none() {
            return value.isEmpty() || entries.filter(List::isEmpty).isPresent();
        }

        /** The list parameter the ids come from, when no value was given for it. */
        public Optional<Value.ParameterRef> parameter() {
            return value.filter(Value.ParameterRef.class::isInstance).map(Value.ParameterRef.class::cast);
        }
    }

    default Optional<Attached> attached() {
        return this instanceof Attached a ? Optional.of(a) : Optional.empty();
    }
}
