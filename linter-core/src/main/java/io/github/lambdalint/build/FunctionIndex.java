package io.github.lambdalint.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;

/**
 * Finds which function of the template a value names: {@code Ref Fn}, {@code GetAtt Fn.Arn},
 * a version or alias of it ({@code AWS::Lambda::Version}/{@code Alias}, SAM {@code Fn.Version},
 * and the ids SAM generates for {@code AutoPublishAlias}: {@code FnAliaslive},
 * {@code FnVersion0123456789}), an ARN built with {@code Fn::Sub}, a literal name or ARN equal
 * to a function's {@code FunctionName}, or an {@code Fn::If} whose branches all name the same
 * function.
 */
final class FunctionIndex {

    static final Set<String> FUNCTION_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function");
    private static final Set<String> QUALIFIED_TYPES = Set.of("AWS::Lambda::Version", "AWS::Lambda::Alias");
    /** SAM's version ids: the function id, "Version", and 10 hex digits of a SHA-1 (logical_id_generator.py). */
    private static final Pattern GENERATED_VERSION_SUFFIX = Pattern.compile("Version[0-9a-f]{10}");

    private final LiveResources resources;
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> generatedAliases = new HashMap<>();
    private final Set<String> publishing = new HashSet<>();

    FunctionIndex(LiveResources resources) {
        this.resources = resources;
        for (Resource function : resources.ofType(FUNCTION_TYPES.toArray(String[]::new))) {
            resources.property(function, "FunctionName").flatMap(Value::asText)
                    .ifPresent(name -> byName.put(name, function.logicalId()));
            if (function.is("AWS::Serverless::Function")) {
                MapNode merged = SamGlobals.merge(resources.template(), function);
                Optional<Value> alias = resources.resolve(merged.get("AutoPublishAlias"));
                if (alias.isPresent()) {
                    publishing.add(function.logicalId());
                    alias.get().asText().ifPresent(name -> generatedAliases.put(
                            function.logicalId() + "Alias" + name.replace("-", "D").replace("_", "U"),
                            function.logicalId()));
                }
            }
        }
    }

    Optional<String> functionOf(Value value) {
        return functionOf(value, 0);
    }

    /** Whether SAM publishes versions of this function ({@code AutoPublishAlias}, also from Globals). */
    boolean publishesVersions(String functionLogicalId) {
        return publishing.contains(functionLogicalId);
    }

    /** The function whose SAM-generated alias a {@code Ref} names ({@code Ref: FnAliaslive}). */
    Optional<String> generatedAlias(Value value) {
        return unresolvedRefName(value).map(generatedAliases::get);
    }

    /** The function whose SAM-generated version a {@code Ref} names ({@code Ref: FnVersion0a1b2c3d4e}). */
    Optional<String> generatedVersion(Value value) {
        Optional<String> name = unresolvedRefName(value);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (String function : publishing) {
            String rest = name.get().startsWith(function) ? name.get().substring(function.length()) : "";
            if (GENERATED_VERSION_SUFFIX.matcher(rest).matches()) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** The name of a {@code Ref} that names nothing in the template (it stays Unknown). */
    private static Optional<String> unresolvedRefName(Value value) {
        if (value instanceof Value.Unknown unknown && unknown.source() instanceof MapNode map) {
            return map.singleEntry().filter(e -> e.name().equals("Ref"))
                    .filter(e -> e.value() instanceof ScalarNode)
                    .map(e -> ((ScalarNode) e.value()).text());
        }
        return Optional.empty();
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
        if (value instanceof Value.Choice choice) {
            List<Optional<String>> branches = choice.alternatives().stream()
                    .filter(v -> !(v instanceof Value.NoValue))
                    .map(v -> functionOf(v, depth + 1)).toList();
            boolean same = !branches.isEmpty() && branches.get(0).isPresent()
                    && branches.stream().allMatch(branches.get(0)::equals);
            return same ? branches.get(0) : Optional.empty();
        }
        if (value instanceof Value.Unknown) {
            return generatedAlias(value).or(() -> generatedVersion(value));
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
