package io.github.lambdalint.model;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::SQS::Queue}; the visibility timeout defaults to 30 seconds. {@code createdBy} is
 * set for a queue the template does not declare but SAM creates (an SNS event with
 * {@code SqsSubscription: true}), and names what SAM creates it for; {@code position} is then where that
 * is written.
 */
public record SqsQueue(String logicalId, Optional<Value> visibilityTimeout, Position position,
                       Optional<String> createdBy) {

    public static final long DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;

    public SqsQueue(String logicalId, Optional<Value> visibilityTimeout, Position position) {
        this(logicalId, visibilityTimeout, position, Optional.empty());
    }
}
