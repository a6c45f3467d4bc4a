package io.github.lambdalint.model.iam;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/**
 * One statement of an identity policy, with where it came from ({@code origin}, in words:
 * "inline policy Access of role FnRole", "AWS managed policy AWSLambdaRole").
 */
public record PolicyStatement(Effect effect, List<Value> actions, boolean notAction, List<Value> resources,
                              boolean notResource, boolean conditional, String origin, Purpose purpose,
                              Position position) {

    public PolicyStatement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    /** YES when the statement certainly covers the action, UNKNOWN when an action is not known. */
    public TriState covers(String action) {
        boolean unknown = false;
        boolean matched = false;
        for (Value pattern : actions) {
            Optional<String> text = pattern.asText();
            if (text.isEmpty()) {
                unknown = true;
            } else if (ActionPattern.matches(text.get(), action)) {
                matched = true;
            }
        }
        if (notAction) {
            return matched ? TriState.NO
                    : unknown ? TriState.UNKNOWN : TriState.YES;
        }
        return matched ? TriState.YES
                : unknown ? TriState.UNKNOWN : TriState.NO;
    }

    /** True when the statement applies to every resource ({@code Resource: "*"}). */
    public boolean coversAllResources() {
        return !notResource && resources.stream().anyMatch(r -> r.asText().filter("*"::equals).isPresent());
    }
}
