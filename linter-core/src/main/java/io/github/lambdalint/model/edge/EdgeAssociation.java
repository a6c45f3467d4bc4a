package io.github.lambdalint.model.edge;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * One {@code LambdaFunctionAssociations} entry of a CloudFront cache behaviour.
 * {@code functionLogicalId} is set when the ARN leads to a function of the template.
 */
public record EdgeAssociation(String distributionLogicalId, String cacheBehavior, Optional<Value> eventType,
                              Value functionArn, Optional<String> functionLogicalId, Position position) {

    /** Viewer events run with tighter limits than origin events. */
    public boolean isViewerEvent() {
        return eventType.flatMap(Value::asText).filter(t -> t.startsWith("viewer-")).isPresent();
    }

    public boolean isOriginEvent() {
        return eventType.flatMap(Value::asText).filter(t -> t.startsWith("origin-")).isPresent();
    }
}
