package io.github.lambdalint.model;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/** A function's dead-letter queue or topic for failed asynchronous events. */
public record DeadLetterQueue(Value targetArn, Position position) {
}
