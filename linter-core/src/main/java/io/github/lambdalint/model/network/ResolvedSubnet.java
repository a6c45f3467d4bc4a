package io.github.lambdalint.model.network;

import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.snapshot.AwsSnapshot;
import io.github.lambdalint.snapshot.SnapshotPlace;

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

    /** A subnet of the user's AWS snapshot. */
    record InSnapshot(AwsSnapshot.Subnet subnet, AwsSnapshot snapshot, Value reference) implements ResolvedSubnet {
        public String name() {
            return "subnet " + subnet.id();
        }

        public Optional<Value> vpc() {
            return Optional.of(new Value.Text(subnet.vpcId(), reference.source()));
        }

        public Optional<Value> availabilityZone() {
            return Optional.of(new Value.Text(subnet.availabilityZone(), reference.source()));
        }

        @Override
        public Optional<Evidence> describedAt(String description) {
            return Optional.of(new Evidence(description, subnet.place().position(), Optional.of(subnet.place().file())));
        }

        /**
         * Where the snapshot states the export ({@code !ImportValue NAME}) or stack output
         * ({@code Fn::GetStackOutput} with literal names) that gave the subnet id, when one did.
         */
        public Optional<Evidence> importedAt() {
            if (!(reference.source() instanceof MapNode call) || call.singleEntry().isEmpty()) {
                return Optional.empty();
            }
            MapNode.Entry function = call.singleEntry().get();
            Optional<SnapshotPlace> place = Optional.empty();
            String said = "";
            if (function.name().equals("Fn::ImportValue") && function.value() instanceof ScalarNode name) {
                place = Optional.ofNullable(snapshot.exports().get(name.text()))
                        .filter(e -> e.value().equals(subnet.id())).map(AwsSnapshot.Export::place);
                said = "export " + name.text() + " is " + subnet.id();
            } else if (function.name().equals("Fn::GetStackOutput") && function.value() instanceof MapNode arguments) {
                Optional<String> stack = arguments.getText("StackName");
                Optional<String> output = arguments.getText("OutputName");
                place = stack.map(snapshot.stacks()::get).flatMap(s -> output.map(s.outputs()::get))
                        .filter(o -> o.value().equals(subnet.id())).map(AwsSnapshot.StackValue::place);
                said = "output " + output.orElse("") + " of stack " + stack.orElse("") + " is " + subnet.id();
            }
            String description = said;
            return place.map(p -> new Evidence(description, p.position(), Optional.of(p.file())));
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
