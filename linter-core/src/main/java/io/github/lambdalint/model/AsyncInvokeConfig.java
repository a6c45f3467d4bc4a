package io.github.lambdalint.model;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::Lambda::EventInvokeConfig} or SAM {@code EventInvokeConfig}: retries and
 * destinations for asynchronous invocations of one qualifier of the function. The Lambda
 * service, not the function's code, sends records to both destinations.
 */
public record AsyncInvokeConfig(Optional<String> logicalId, Optional<Value> qualifier,
                                Optional<Value> onFailureDestination, Optional<Value> maximumRetryAttempts,
                                Position position, Optional<Value> onSuccessDestination,
                                Optional<Value> maximumEventAgeInSeconds) {

    /**
     * Whether the config tunes asynchronous invocation (retries, event age, a success destination):
     * written only for a function that is invoked asynchronously, even when no caller is in the
     * template (a schedule created at run time, another account's bucket).
     */
    public boolean tunesAsyncInvocation() {
        return maximumRetryAttempts.isPresent() || maximumEventAgeInSeconds.isPresent()
                || onSuccessDestination.isPresent();
    }
}
