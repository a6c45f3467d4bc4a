package io.github.lambdalint.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;

/**
 * Which function of the template a value names: {@code Ref Fn}, {@code GetAtt Fn.Arn}, a version
 * or alias of it ({@code AWS::Lambda::Version}/{@code Alias}, SAM {@code Fn.Version}, and the ids
 * SAM generates for {@code AutoPublishAlias}: {@code FnAliaslive}, {@code FnVersion0123456789}),
 * an ARN built with {@code Fn::Sub}, a literal name or ARN equal to a function's
 * {@code FunctionName}, or an {@code Fn::If} whose branches all name the same function.
 */
public final class FunctionReferences {

    /** The resource types of a function: plain CloudFormation and SAM. */
    public static final Set<String> FUNCTION_TYPES = Arrays.stream(LambdaFunction.Kind.values())
            .map(LambdaFunction.Kind::resourceType).collect(Collectors.toUnmodifiableSet());
    /** The resource types that name a function with a qualifier: a published version and an alias. */
    public static final Set<String> QUALIFIER_TYPES = Set.of("AWS::Lambda::Version", "AWS::Lambda::Alias");
    /** SAM's version ids: the function id, "Version", and 10 hex digits of a SHA-1 (logical_id_generator.py). */
    private static final Pattern GENERATED_VERSION_SUFFIX = Pattern.compile("Version[0-9a-f]{10}");

    private final Map<String, String> resourceTypes;
    private final Map<String, Value> qualifiedFunctionNames;
    private final Map<String, String> byName;
    private final Map<String, String> generatedAliases;
    private final Set<String> publishing;

    /**
     * @param resourceTypes          the type of each resource that may be deployed
     * @param qualifiedFunctionNames the {@code FunctionName} of each version and alias resource
     * @param byName                 the function of each literal {@code FunctionName}
     * @param generatedAliases       the function of each alias id SAM generates for {@code AutoPublishAlias}
     * @param publishing             the SAM functions with {@code AutoPublishAlias}, which publish versions
     */
    public FunctionReferences(Map<String, String> resourceTypes, Map<String, Value> qualifiedFunctionNames,
                              Map<String, String> byName, Map<String, String> generatedAliases,
                              Set<String> publishing) {
        this.resourceTypes = Map.copyOf(resourceTypes);
        this.qualifiedFunctionNames = Map.copyOf(qualifiedFunctionNames);
        this.byName = Map.copyOf(byName);
        this.generatedAliases = Map.copyOf(generatedAliases);
        this.publishing = Set.copyOf(publishing);
    }

    /** Whether a resource of the type is a function or names one with a qualifier: invoking it invokes a function. */
    public static boolean isFunctionOrQualifier(String resourceType) {
        return FUNCTION_TYPES.contains(resourceType) || QUALIFIER_TYPES.contains(resourceType);
    }

    /** The logical id of the function of the template that the value names. */
    public Optional<String> functionOf(Value value) {
        return functionOf(value, 0);
    }

    /** Whether SAM publishes versions of this function ({@code AutoPublishAlias}, also from Globals). */
    public boolean publishesVersions(String functionLogicalId) {
        return publishing.contains(functionLogicalId);
    }

    /** The function whose SAM-generated alias a {@code Ref} names ({@code Ref: FnAliaslive}). */
    public Optional<String> generatedAlias(Value value) {
        return unresolvedRefName(value).map(generatedAliases::get);
    }

    /** The function whose SAM-generated version a {@code Ref} names ({@code Ref: FnVersion0a1b2c3d4e}). */
    public Optional<String> generatedVersion(Value value) {
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
            Optional<String> type = Optional.ofNullable(resourceTypes.get(ref.logicalId()));
            if (type.filter(FUNCTION_TYPES::contains).isPresent()) {
                return Optional.of(ref.logicalId());
            }
            if (type.filter(QUALIFIER_TYPES::contains).isPresent()) {
                return Optional.ofNullable(qualifiedFunctionNames.get(ref.logicalId()))
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
    private static String functionNameIn(String text) {
        int at = text.indexOf(":function:");
        if (at < 0) {
            return text;
        }
        String rest = text.substring(at + ":function:".length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
