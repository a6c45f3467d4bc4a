package io.github.lambdalint.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Finds which function of the template a value names: {@code Ref Fn}, {@code GetAtt Fn.Arn},
 * a version or alias of it ({@code AWS::Lambda::Version}/{@code Alias}, SAM {@code Fn.Version}),
 * an ARN built with {@code Fn::Sub}, or a literal name or ARN equal to a function's
 * {@code FunctionName}.
 */
final class FunctionIndex {

    static final Set<String> FUNCTION_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function");
    private static final Set<String> QUALIFIED_TYPES = Set.of("AWS::Lambda::Version", "AWS::Lambda::Alias");

    private final LiveResources resources;
    private final Map<String, String> byName = new HashMap<>();

    FunctionIndex(LiveResources resources) {
        this.resources = resources;
        for (Resource function : resources.ofType(FUNCTION_TYPES.toArray(String[]::new))) {
            resources.property(function, "FunctionName").flatMap(Value::asText)
                    .ifPresent(name -> byName.put(name, function.logicalId()));
        }
    }

    Optional<String> functionOf(Value value) {
        return functionOf(value, 0);
    }

    private Optional<String> functionOf(Value value, int depth) {
        if (depth > 3) {
            return Optional.empty();
        }
        if (value instanceof Value.ResourceRef ref) {
            Optional<String> type = resources.typeOf(ref.logicalId());
            if (type.filter(FUNCTION_TYPES::contains).isPresent()) {
                return Optional.of(ref.logicalId());
            }
            if (type.filter(QUALIFIED_TYPES::contains).isPresent()) {
                return resources.resource(ref.logicalId())
                        .flatMap(r -> resources.property(r, "FunctionName"))
                        .flatMap(v -> functionOf(v, depth + 1));
            }
            return Optional.empty();
        }
        if (value instanceof Value.Concat concat) {
            return concat.parts().stream()
                    .map(p -> functionOf(p, depth + 1))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        Optional<String> text = value.asText();
        if (text.isPresent()) {
            return Optional.ofNullable(byName.get(functionNameIn(text.get())));
        }
        return Optional.empty();
    }

    /** {@code my-fn} from {@code arn:aws:lambda:us-east-1:123:function:my-fn:3}, or the text itself. */
    static String functionNameIn(String text) {
        int at = text.indexOf(":function:");
        if (at < 0) {
            return text;
        }
        String rest = text.substring(at + ":function:".length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
