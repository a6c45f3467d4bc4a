package io.github.lambdalint.model.trigger;

import java.util.Optional;

import io.github.lambdalint.parse.Position;

/**
 * Something in the template that invokes a function: a SAM event, an S3 notification, an SNS
 * subscription, a rule target, a permission for a service principal, an event source mapping.
 * {@code description} names it for messages ("S3 event Upload", "rule Nightly"). The invocation
 * model is the source's, unless the template chose another (an SES action with
 * {@code InvocationType: RequestResponse}).
 */
public record Trigger(String functionLogicalId, EventSource source, InvocationModel invocation, String description,
                      Position position, Optional<Polling> polling) {

    public static Trigger of(String functionLogicalId, EventSource source, String description, Position position) {
        return new Trigger(functionLogicalId, source, source.invocation(), description, position, Optional.empty());
    }

    public static Trigger polled(String functionLogicalId, EventSource source, String description, Position position,
                                 Polling polling) {
        return new Trigger(functionLogicalId, source, InvocationModel.POLL, description, position,
                Optional.of(polling));
    }
}
