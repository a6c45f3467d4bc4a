package io.github.lambdalint.model.trigger;

import java.util.Optional;

import io.github.lambdalint.resolve.Value;

/**
 * The settings of an event source mapping (SAM poll events or
 * {@code AWS::Lambda::EventSourceMapping}) that the rules read.
 */
public record Polling(Optional<Value> eventSourceArn, Optional<Value> maximumRetryAttempts,
                      Optional<Value> maximumRecordAgeInSeconds, Optional<Value> bisectBatchOnFunctionError,
                      Optional<Value> onFailureDestination, Optional<Value> maximumBatchingWindowInSeconds,
                      SourceAccess access) {

    public Polling(Optional<Value> eventSourceArn, Optional<Value> maximumRetryAttempts,
                   Optional<Value> maximumRecordAgeInSeconds, Optional<Value> bisectBatchOnFunctionError,
                   Optional<Value> onFailureDestination, Optional<Value> maximumBatchingWindowInSeconds) {
        this(eventSourceArn, maximumRetryAttempts, maximumRecordAgeInSeconds, bisectBatchOnFunctionError,
                onFailureDestination, maximumBatchingWindowInSeconds, SourceAccess.NONE);
    }
}
