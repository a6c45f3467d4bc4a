package io.github.lambdalint.model.edge;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * One {@code LambdaFunctionAssociations} entry of a CloudFront cache behaviour. An ARN written
 * with {@code Fn::If} on an undecidable condition gives one association per branch, each with
 * the branch's value.
 *
 * @param functionLogicalId set when the ARN leads to a function of the template
 * @param qualifier         whether the ARN names a numbered version, {@code $LATEST}, an alias or no version
 * @param arnRegion         the region written in the ARN (literal, or resolved from {@code --region})
 * @param arnPosition       where {@code LambdaFunctionARN} is written (the key; for a branch of
 *                          {@code Fn::If}, the branch), which is where findings about the ARN point
 * @param condition         set when the association is deployed only under a condition that cannot be
 *                          decided (the distribution's {@code Condition}, or an {@code Fn::If} around the
 *                          behaviour, the association list or the ARN)
 * @param position          where the association entry starts
 */
public record EdgeAssociation(String distributionLogicalId, String cacheBehavior, Optional<Value> eventType,
                              Value functionArn, Optional<String> functionLogicalId, FunctionQualifier qualifier,
                              Optional<String> arnRegion, Position arnPosition, Optional<String> condition,
                              Position position) {

    /** Viewer events run with tighter limits than origin events. */
    public boolean isViewerEvent() {
        return eventType.flatMap(Value::asText).filter(t -> t.startsWith("viewer-")).isPresent();
    }

    public boolean isOriginEvent() {
        return eventType.flatMap(Value::asText).filter(t -> t.startsWith("origin-")).isPresent();
    }

    /** "viewer-request of the default cache behaviour" ("default cache behaviour" when the event is unknown). */
    public String eventOfBehaviour() {
        return eventType.flatMap(Value::asText).map(event -> event + " of the " + cacheBehavior).orElse(cacheBehavior);
    }

    /** "viewer-request of the default cache behaviour of distribution Cdn", for messages. */
    public String describe() {
        return eventOfBehaviour() + " of distribution " + distributionLogicalId;
    }
}
