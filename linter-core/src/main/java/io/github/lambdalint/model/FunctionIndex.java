package io.github.lambdalint.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.model.trigger.Trigger;
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

    /**
     * The qualifier a value invokes when it names a function of the template: {@code $LATEST} for
     * the function itself ({@code Ref Fn}, {@code GetAtt Fn.Arn}, an unqualified ARN), the alias
     * name for an {@code AWS::Lambda::Alias}, SAM's {@code Fn.Alias} or an ARN ending in
     * {@code :alias}; empty when it is not known (a version, a parameter, a condition).
     */
    Optional<Value> qualifierOf(Value value) {
        if (value instanceof Value.ResourceRef ref) {
            return qualifierOfReference(ref, "");
        }
        if (value instanceof Value.Text text) {
            return qualifierInName(text.text(), text);
        }
        if (value instanceof Value.Concat concat) {
            String suffix = concat.literalSuffix();
            if (suffix.contains(":function:")) {
                return qualifierInName(suffix, concat);
            }
            int last = concat.parts().size() - 1;
            if (!suffix.isEmpty()) {
                last--;
            }
            if (last >= 0 && concat.parts().get(last) instanceof Value.ResourceRef ref) {
                return qualifierOfReference(ref, suffix);
            }
        }
        return Optional.empty();
    }

    private Optional<Value> qualifierOfReference(Value.ResourceRef ref, String suffix) {
        Optional<Resource> resource = resources.resource(ref.logicalId());
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> base;
        if (FUNCTION_TYPES.contains(resource.get().type())) {
            if (ref.isAttribute("Alias")) {
                base = samAlias(resource.get());
            } else if (ref.attribute().isEmpty() || ref.isAttribute("Arn")) {
                base = Optional.of(new Value.Text(Trigger.LATEST, ref.source()));
            } else {
                base = Optional.empty();
            }
        } else if (resource.get().is("AWS::Lambda::Alias") && ref.attribute().isEmpty()) {
            base = resources.property(resource.get(), "Name");
        } else {
            base = Optional.empty();
        }
        if (suffix.isEmpty()) {
            return base;
        }
        boolean unqualified = base.flatMap(Value::asText).filter(Trigger.LATEST::equals).isPresent();
        if (unqualified && suffix.startsWith(":") && suffix.indexOf(':', 1) < 0) {
            return Optional.of(new Value.Text(suffix.substring(1), ref.source()));
        }
        return Optional.empty();
    }

    /** The alias SAM's {@code AutoPublishAlias} creates (Globals merged), when the function has one. */
    Optional<Value> samAlias(Resource function) {
        if (!function.is("AWS::Serverless::Function")) {
            return Optional.empty();
        }
        return resources.resolve(SamGlobals.merge(resources.template(), function).get("AutoPublishAlias"));
    }

    private static Optional<Value> qualifierInName(String text, Value source) {
        String rest = text;
        int at = text.indexOf(":function:");
        if (at >= 0) {
            rest = text.substring(at + ":function:".length());
        } else if (text.startsWith("arn:")) {
            return Optional.empty();
        }
        int colon = rest.indexOf(':');
        String qualifier = colon < 0 ? Trigger.LATEST : rest.substring(colon + 1);
        if (qualifier.isEmpty() || qualifier.contains(":")) {
            return Optional.empty();
        }
        return Optional.of(new Value.Text(qualifier, source.source()));
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
