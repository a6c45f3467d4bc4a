package io.github.lambdalint.model.trigger;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * Something in the template that invokes a function: a SAM event, an S3 notification, an SNS
 * subscription, a rule target, a permission for a service principal, an event source mapping.
 * {@code description} names it for messages ("S3 event Upload", "rule Nightly"). The invocation
 * model is the source's, unless the template chose another (an SES action with
 * {@code InvocationType: RequestResponse}).
 *
 * <p>{@code qualifier} is what the trigger invokes: {@code $LATEST} for the unqualified function,
 * an alias name, or empty when that is not known statically (a version, a parameter). Settings
 * Lambda keeps per qualifier, such as {@code AWS::Lambda::EventInvokeConfig}, apply only to
 * triggers of the same qualifier.
 *
 * <p>{@code deliveryDeadLetter} is the source's own dead-letter setting (an SNS subscription's
 * {@code RedrivePolicy}, an EventBridge or Scheduler target's {@code DeadLetterConfig}): it keeps
 * events the source could not deliver to Lambda, never events the function failed on.
 */
public record Trigger(String functionLogicalId, EventSource source, InvocationModel invocation, String description,
                      Position position, Optional<Polling> polling, Optional<Value> qualifier,
                      Optional<Value> deliveryDeadLetter) {

    /** The unqualified function: invocations use the configuration of {@code $LATEST}. */
    public static final String LATEST = "$LATEST";

    public Trigger(String functionLogicalId, EventSource source, InvocationModel invocation, String description,
                   Position position, Optional<Polling> polling, Optional<Value> qualifier) {
        this(functionLogicalId, source, invocation, description, position, polling, qualifier, Optional.empty());
    }

    public Trigger(String functionLogicalId, EventSource source, InvocationModel invocation, String description,
                   Position position, Optional<Polling> polling) {
        this(functionLogicalId, source, invocation, description, position, polling, Optional.empty());
    }

    public static Trigger of(String functionLogicalId, EventSource source, String description, Position position) {
        return new Trigger(functionLogicalId, source, source.invocation(), description, position, Optional.empty());
    }

    public static Trigger polled(String functionLogicalId, EventSource source, String description, Position position,
                                 Polling polling) {
        return new Trigger(functionLogicalId, source, InvocationModel.POLL, description, position,
                Optional.of(polling));
    }

    /** The same trigger, invoking the given qualifier. */
    public Trigger withQualifier(Optional<Value> invokedQualifier) {
        return new Trigger(functionLogicalId, source, invocation, description, position, polling, invokedQualifier,
                deliveryDeadLetter);
    }

    /** The same trigger, with the source's dead-letter setting for undeliverable events. */
    public Trigger withDeliveryDeadLetter(Optional<Value> setting) {
        return new Trigger(functionLogicalId, source, invocation, description, position, polling, qualifier, setting);
    }

    /** The qualifier as text, when it is written out. */
    public Optional<String> qualifierName() {
        return qualifier.flatMap(Value::asText);
    }
}
