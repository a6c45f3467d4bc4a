package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.github.lambdalint.model.CapacityProvider;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * Reads a function's {@code VpcConfig} property into its {@link VpcAttachment}. Lambda attaches a
 * function when either list names an id (a list with only one of them is LL105's mistake, but
 * it is meant to attach); both lists empty or left out detach it. Conditions are followed one
 * level deep: a block or a list that is there only when C holds attaches "when C holds"; what
 * several conditions decide together is {@link VpcAttachment.Undecided}.
 */
final class VpcAttachments {

    private enum Kind { NONE, ALWAYS, WHEN, UNDECIDED }

    /** Whether a list (or a block) names anything: never, always, when one condition holds, or open. */
    private record Presence(Kind kind, Optional<String> condition, Collection<String> conditions) {
        static final Presence NONE = new Presence(Kind.NONE, Optional.empty(), List.of());
        static final Presence ALWAYS = new Presence(Kind.ALWAYS, Optional.empty(), List.of());

        static Presence when(String condition) {
            return new Presence(Kind.WHEN, Optional.of(condition), List.of(name(condition)));
        }

        static Presence undecided(Presence a, Presence b, Optional<String> condition) {
            TreeSet<String> names = new TreeSet<>(a.conditions());
            names.addAll(b.conditions());
            condition.ifPresent(names::add);
            return new Presence(Kind.UNDECIDED, Optional.empty(), names);
        }

        /** Names something when either does. */
        Presence or(Presence other) {
            if (kind == Kind.ALWAYS || other.kind == Kind.NONE) {
                return this;
            }
            if (other.kind == Kind.ALWAYS || kind == Kind.NONE) {
                return other;
            }
            return equals(other) && kind == Kind.WHEN ? this : undecided(this, other, Optional.empty());
        }

        /** {@code Fn::If [condition, whenTrue, whenFalse]}. */
        static Presence choice(String condition, Presence whenTrue, Presence whenFalse) {
            if (whenTrue.equals(whenFalse) && whenTrue.kind != Kind.UNDECIDED) {
                return whenTrue;
            }
            if (whenTrue.kind == Kind.ALWAYS && whenFalse.kind == Kind.NONE) {
                return when(condition);
            }
            if (whenTrue.kind == Kind.NONE && whenFalse.kind == Kind.ALWAYS) {
                return when("!" + condition);
            }
            return undecided(whenTrue, whenFalse, Optional.of(condition));
        }
    }

    private VpcAttachments() {
    }

    /**
     * The attachment of a function. A function that itself exists only when condition C holds is
     * attached whenever it exists if its VpcConfig is there "when C holds", and never if "when C
     * does not hold".
     */
    static VpcAttachment of(Optional<Value> property, Optional<String> functionCondition) {
        if (property.isEmpty()) {
            return new VpcAttachment.NotAttached(Optional.empty());
        }
        VpcAttachment attachment = attachment(property.get(), property.get());
        if (attachment instanceof VpcAttachment.Attached attached && functionCondition.isPresent()
                && attached.condition().map(VpcAttachments::name).equals(functionCondition)) {
            return attached.condition().get().startsWith("!")
                    ? new VpcAttachment.NotAttached(attached.config())
                    : new VpcAttachment.Attached(attached.vpcConfig(), Optional.empty(), attached.subnets(),
                    attached.securityGroups());
        }
        return attachment;
    }

    /**
     * The attachment of a function that runs on a capacity provider of the template: the provider's
     * {@code VpcConfig} places it, and the block's positions point into the provider.
     */
    static VpcAttachment onCapacityProvider(Optional<Value> providerVpcConfig, Optional<String> functionCondition,
                                            CapacityProvider provider) {
        VpcAttachment attachment = of(providerVpcConfig, functionCondition);
        if (attachment instanceof VpcAttachment.Attached a) {
            return new VpcAttachment.Attached(on(a.vpcConfig(), provider), a.condition(), a.subnets(),
                    a.securityGroups());
        }
        if (attachment instanceof VpcAttachment.Undecided u) {
            return new VpcAttachment.Undecided(on(u.vpcConfig(), provider), u.reason());
        }
        return new VpcAttachment.NotAttached(attachment.config().map(c -> on(c, provider)));
    }

    /**
     * The attachment of a function on a capacity provider outside the template (an ARN, a parameter,
     * an import): attached, to subnets and security groups that are not known.
     */
    static VpcAttachment onOutsideCapacityProvider(Value arn) {
        String name = arn.literalText().orElse("from outside the template");
        Value unknown = new Value.Unknown("the subnets of capacity provider " + name + " are not in the template",
                arn.source());
        CapacityProvider provider = new CapacityProvider(name, arn.position(),
                new ExecutionRole.ExternalRole(arn, "the capacity provider is outside the template"), arn.position());
        VpcConfig config = new VpcConfig(Optional.of(unknown), Optional.of(unknown), arn.position(), Map.of(),
                Optional.empty(), Optional.of(provider));
        return new VpcAttachment.Attached(config, Optional.empty(), ids(Optional.of(unknown)),
                ids(Optional.of(unknown)));
    }

    private static VpcConfig on(VpcConfig config, CapacityProvider provider) {
        return new VpcConfig(config.subnetIds(), config.securityGroupIds(), config.position(), config.keyPositions(),
                Optional.empty(), Optional.of(provider));
    }

    private static VpcAttachment attachment(Value block, Value written) {
        if (block instanceof Value.NoValue) {
            return new VpcAttachment.NotAttached(Optional.empty());
        }
        if (block instanceof Value.Choice choice) {
            return choice(choice, attachment(choice.whenTrue(), written), attachment(choice.whenFalse(), written),
                    written);
        }
        Optional<Value.MapValue> map = block.asMap();
        if (map.isEmpty()) {
            return new VpcAttachment.Undecided(unknown(written), "VpcConfig is not known statically");
        }
        Map<String, Position> keys = new java.util.HashMap<>();
        for (String key : map.get().entries().keySet()) {
            map.get().keyPosition(key).ifPresent(p -> keys.put(key, p));
        }
        Optional<Value> subnetIds = map.get().get("SubnetIds");
        Optional<Value> groupIds = map.get().get("SecurityGroupIds");
        VpcConfig config = new VpcConfig(subnetIds, groupIds, written.position(), keys,
                map.get().get("Ipv6AllowedForDualStack"), Optional.empty());
        Presence presence = presence(subnetIds).or(presence(groupIds));
        return switch (presence.kind()) {
            case NONE -> new VpcAttachment.NotAttached(Optional.of(config));
            case ALWAYS -> new VpcAttachment.Attached(config, Optional.empty(), ids(subnetIds), ids(groupIds));
            case WHEN -> {
                String condition = presence.condition().orElseThrow();
                yield new VpcAttachment.Attached(config, presence.condition(),
                        ids(subnetIds.map(v -> under(v, condition))), ids(groupIds.map(v -> under(v, condition))));
            }
            case UNDECIDED -> new VpcAttachment.Undecided(config, undecidedReason(presence.conditions()));
        };
    }

    /** The whole block chosen by {@code Fn::If}, from the attachment of each branch. */
    private static VpcAttachment choice(Value.Choice choice, VpcAttachment whenTrue, VpcAttachment whenFalse,
                                        Value written) {
        if (whenTrue instanceof VpcAttachment.NotAttached && whenFalse instanceof VpcAttachment.NotAttached) {
            return new VpcAttachment.NotAttached(whenTrue.config().or(whenFalse::config));
        }
        if (always(whenTrue) && whenFalse instanceof VpcAttachment.NotAttached) {
            return conditional((VpcAttachment.Attached) whenTrue, choice.condition());
        }
        if (always(whenFalse) && whenTrue instanceof VpcAttachment.NotAttached) {
            return conditional((VpcAttachment.Attached) whenFalse, "!" + choice.condition());
        }
        if (always(whenTrue) && always(whenFalse)) {
            // attached either way, to lists that depend on the condition
            Value unknown = unknownValue(written);
            return new VpcAttachment.Attached(unknown(written), Optional.empty(), ids(Optional.of(unknown)),
                    ids(Optional.of(unknown)));
        }
        return new VpcAttachment.Undecided(unknown(written), undecidedReason(List.of(choice.condition())));
    }

    private static boolean always(VpcAttachment attachment) {
        return attachment instanceof VpcAttachment.Attached attached && !attached.conditional();
    }

    private static VpcAttachment.Attached conditional(VpcAttachment.Attached attached, String condition) {
        return new VpcAttachment.Attached(attached.vpcConfig(), Optional.of(condition), attached.subnets(),
                attached.securityGroups());
    }

    private static Presence presence(Optional<Value> list) {
        if (list.isEmpty()) {
            return Presence.NONE;
        }
        Value value = list.get();
        if (value instanceof Value.NoValue) {
            return Presence.NONE;
        }
        if (value instanceof Value.Text text) {
            return text.text().isBlank() ? Presence.NONE : Presence.ALWAYS;
        }
        if (value instanceof Value.ListValue items) {
            Presence any = Presence.NONE;
            for (Value item : items.items()) {
                any = any.or(presence(Optional.of(item)));
            }
            return any;
        }
        if (value instanceof Value.Choice choice) {
            return Presence.choice(choice.condition(), presence(Optional.of(choice.whenTrue())),
                    presence(Optional.of(choice.whenFalse())));
        }
        // a parameter, an import, a reference: a list deployed from outside the template names something
        return Presence.ALWAYS;
    }

    /** The value as deployed when {@code condition} ({@code C} or {@code !C}) holds. */
    private static Value under(Value value, String condition) {
        boolean holds = !condition.startsWith("!");
        if (value instanceof Value.Choice choice && choice.condition().equals(name(condition))) {
            return under(holds ? choice.whenTrue() : choice.whenFalse(), condition);
        }
        if (value instanceof Value.ListValue list) {
            List<Value> items = new ArrayList<>();
            for (Value item : list.items()) {
                Value deployed = under(item, condition);
                if (!(deployed instanceof Value.NoValue)) {
                    items.add(deployed);
                }
            }
            return new Value.ListValue(items, list.source());
        }
        return value;
    }

    private static VpcAttachment.Ids ids(Optional<Value> value) {
        Optional<Value> deployed = value.filter(v -> !(v instanceof Value.NoValue));
        return new VpcAttachment.Ids(deployed, deployed.flatMap(Value::asList).map(VpcAttachments::distinct));
    }

    /** List entries without repeats of the same id. */
    private static List<Value> distinct(List<Value> entries) {
        List<Value> distinct = new ArrayList<>();
        for (Value entry : entries) {
            if (!(entry instanceof Value.NoValue) && distinct.stream().noneMatch(seen -> seen.isSameAs(entry))) {
                distinct.add(entry);
            }
        }
        return distinct;
    }

    private static Value unknownValue(Value written) {
        return new Value.Unknown("VpcConfig is not known statically", written.source());
    }

    private static VpcConfig unknown(Value written) {
        Value unknown = unknownValue(written);
        return new VpcConfig(Optional.of(unknown), Optional.of(unknown), written.position(), Map.of());
    }

    private static String undecidedReason(Collection<String> conditions) {
        List<String> names = List.copyOf(new TreeSet<>(conditions));
        return "whether VpcConfig attaches the function depends on " + (names.size() == 1
                ? "condition " + names.get(0) + " in more than one place" : "conditions " + String.join(", ", names));
    }

    private static String name(String condition) {
        return condition.startsWith("!") ? condition.substring(1) : condition;
    }
}
