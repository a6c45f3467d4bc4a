package io.github.lambdalint.model;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/** An {@code AWS::SQS::Queue}; the visibility timeout defaults to 30 seconds. */
public record SqsQueue(String logicalId, Optional<Value> visibilityTimeout, Position position) {

    public static final long DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
}
