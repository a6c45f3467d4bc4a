package io.github.lambdalint.model.network;

import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.resolve.Value;

/** A subnet a function is placed in, as far as it can be known. */
public sealed interface ResolvedSubnet {

    /** The value that named the subnet in the function's {@code VpcConfig}. */
    Value reference();

    /** How a message names the subnet. */
    String name();

    Optional<Value> vpc();

    Optional<Value> availabilityZone();

    /** A fact about the subnet placed where the subnet is described outside the template, if it is. */
    default Optional<Evidence> describedAt(String description) {
        return Optional.empty();
    }

    /** A subnet declared in this template. */
    record InTemplate(Subnet subnet, Value reference) implements ResolvedSubnet {
        public String name() {
            return "subnet " + subnet.logicalId();
        }

        public Optional<Value> vpc() {
            return Optional.of(subnet.vpc());
        }

        public Optional<Value> availabilityZone() {
            return subnet.availabilityZone();
        }
    }

    /**
     * A subnet of another template of the run, reached through an import ({@code reference} is
     * the {@link Value.OtherStackRef}): {@code subnet} is what that template's own network
     * ({@code home}) knows of it. Its VPC is that template's VPC, so it compares equal to the same
     * VPC imported elsewhere and never to a VPC of this template.
     */
    record InOtherStack(String stack, ResolvedSubnet subnet, Network home, Value.OtherStackRef reference)
            implements ResolvedSubnet {
        public String name() {
            return subnet.name() + " of " + stack;
        }

        public Optional<Value> vpc() {
            return subnet.vpc().map(this::seenHere);
        }

        public Optional<Value> availabilityZone() {
            return subnet.availabilityZone().map(this::seenHere);
        }

        /** A value of the other template as this one sees it: its resources stay that template's. */
        private Value seenHere(Value value) {
            if (value instanceof Value.ResourceRef ref) {
                return new Value.OtherStackRef(stack, ref, reference.via(), ref.source());
            }
            return value;
        }
    }

    /** A subnet outside the template that the configuration's network context describes. */
    record Described(NetworkContext.DescribedSubnet facts, Value reference) implements ResolvedSubnet {
        public String name() {
            return "subnet " + facts.id();
        }

        public Optional<Value> vpc() {
            return facts.vpc().map(v -> new Value.Text(v, reference.source()));
        }

        public Optional<Value> availabilityZone() {
            return facts.availabilityZone().map(az -> new Value.Text(az, reference.source()));
        }
    }

    /**
     * A subnet of the user's AWS snapshot: {@code subnet} as the snapshot's own network
     * ({@code home}) holds it, keyed by its id. Its VPC and zone are ids, so they compare equal to the
     * same ids written in a template or the configuration.
     */
    record InSnapshot(Subnet subnet, Network home, Value reference) implements ResolvedSubnet {
        public String name() {
            return "subnet " + subnet.logicalId();
        }

        public Optional<Value> vpc() {
            return subnet.vpc().asText().map(id -> new Value.Text(id, reference.source()));
        }

        public Optional<Value> availabilityZone() {
            return subnet.availabilityZone().flatMap(Value::asText).map(az -> new Value.Text(az, reference.source()));
        }

        @Override
        public Optional<Evidence> describedAt(String description) {
            return Optional.of(subnet.evidence(description));
        }

        /** The subnet as its own network sees it, for the questions that network answers. */
        InTemplate inHome() {
            return new InTemplate(subnet, reference);
        }
    }

    /** A subnet nothing is known about; {@code missing} says what the user could provide. */
    record Undescribed(Value reference, String missing) implements ResolvedSubnet {
        public String name() {
            return reference.asText().map(id -> "subnet " + id).orElse("a subnet not known statically");
        }

        public Optional<Value> vpc() {
            return Optional.empty();
        }

        public Optional<Value> availabilityZone() {
            return Optional.empty();
        }
    }
}
