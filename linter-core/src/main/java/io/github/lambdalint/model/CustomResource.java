package io.github.lambdalint.model;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * A CloudFormation custom resource ({@code AWS::CloudFormation::CustomResource} or
 * {@code Custom::*}). {@code function} is the template function its {@code ServiceToken} names:
 * CloudFormation invokes that function only when the stack creates, updates or deletes the
 * resource.
 */
public record CustomResource(String logicalId, String type, Optional<Value> serviceToken, Optional<String> function,
                             Position position) {
}
