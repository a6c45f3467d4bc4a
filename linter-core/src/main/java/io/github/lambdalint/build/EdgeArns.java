package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.lambdalint.model.FunctionReferences;
import io.github.lambdalint.model.edge.FunctionQualifier;
import io.github.lambdalint.resolve.Regions;
import io.github.lambdalint.resolve.Value;

/**
 * Reads a CloudFront {@code LambdaFunctionARN}: which function of the template it names, whether
 * it names a numbered version, and the region written in it. Sources for what each form returns:
 * the CloudFormation reference for {@code AWS::Lambda::Function} ({@code Ref} is the name,
 * {@code Arn} the unqualified ARN), {@code AWS::Lambda::Version} ({@code Ref} and
 * {@code FunctionArn} are the version's ARN, {@code Version} only the number) and
 * {@code AWS::Lambda::Alias} ({@code Ref} is the alias ARN); SAM's {@code Fn.Version} /
 * {@code Fn.Alias} (test function_with_resource_refs).
 */
final class EdgeArns {

    /** What one ARN value names. */
    record Reading(Optional<String> function, FunctionQualifier qualifier, Optional<String> region) {
    }

    private static final Pattern VERSION_NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern ALIAS_NAME = Pattern.compile("(?![0-9]+$)[A-Za-z0-9_-]+");

    private final LiveResources resources;
    private final FunctionIndex index;

    EdgeArns(LiveResources resources, FunctionIndex index) {
        this.resources = resources;
        this.index = index;
    }

    Reading read(Value arn) {
        Value value = arn;
        if (value instanceof Value.Concat concat && concat.parts().size() == 1) {
            value = concat.parts().get(0);
        }
        Optional<String> function = index.functionOf(value);
        if (value instanceof Value.ResourceRef ref) {
            return new Reading(function, fromReference(ref, List.of()), Optional.empty());
        }
        if (value instanceof Value.Concat concat && concat.parts().get(0) instanceof Value.ResourceRef ref) {
            return new Reading(function, fromReference(ref, concat.parts().subList(1, concat.parts().size())),
                    Optional.empty());
        }
        if (index.generatedAlias(value).isPresent()) {
            return new Reading(function, FunctionQualifier.ALIAS, Optional.empty());
        }
        if (index.generatedVersion(value).isPresent()) {
            return new Reading(function, FunctionQualifier.VERSION, Optional.empty());
        }
        if (value instanceof Value.Text || value instanceof Value.Concat) {
            return literalArn(value, function);
        }
        return new Reading(function, FunctionQualifier.UNKNOWN, Optional.empty());
    }

    /** {@code !Ref X}, {@code !GetAtt X.Attr}, or one of them followed by more text ({@code ${Fn.Arn}:3}). */
    private FunctionQualifier fromReference(Value.ResourceRef ref, List<Value> rest) {
        String type = resources.typeOf(ref.logicalId()).orElse("");
        String attribute = ref.attribute().orElse("");
        if (FunctionReferences.FUNCTION_TYPES.contains(type)) {
            boolean sam = type.equals("AWS::Serverless::Function");
            if (attribute.isEmpty()) {
                return rest.isEmpty() ? FunctionQualifier.UNQUALIFIED : FunctionQualifier.UNKNOWN;
            }
            if (attribute.equals("Arn")) {
                return qualifierAfterArn(rest);
            }
            if (sam && attribute.equals("Version") && rest.isEmpty()) {
                return index.publishesVersions(ref.logicalId()) ? FunctionQualifier.VERSION
                        : FunctionQualifier.NO_PUBLISHED_VERSION;
            }
            if (sam && attribute.equals("Alias") && rest.isEmpty()) {
                return FunctionQualifier.ALIAS;
            }
            return FunctionQualifier.UNKNOWN;
        }
        if (!rest.isEmpty()) {
            return FunctionQualifier.UNKNOWN;
        }
        if (type.equals("AWS::Lambda::Version") && (attribute.isEmpty() || attribute.equals("FunctionArn"))) {
            return FunctionQualifier.VERSION;
        }
        if (type.equals("AWS::Lambda::Alias") && (attribute.isEmpty() || attribute.equals("AliasArn"))) {
            return FunctionQualifier.ALIAS;
        }
        return FunctionQualifier.UNKNOWN;
    }

    /** What follows an unqualified function ARN: nothing, {@code :3}, {@code :$LATEST}, {@code :live}, a version. */
    private FunctionQualifier qualifierAfterArn(List<Value> rest) {
        if (rest.isEmpty()) {
            return FunctionQualifier.UNQUALIFIED;
        }
        if (!(rest.get(0) instanceof Value.Text first) || !first.text().startsWith(":")) {
            return FunctionQualifier.UNKNOWN;
        }
        if (rest.size() == 1) {
            return literalQualifier(first.text().substring(1));
        }
        if (rest.size() == 2 && first.text().equals(":") && isVersionNumber(rest.get(1))) {
            return FunctionQualifier.VERSION;
        }
        return FunctionQualifier.UNKNOWN;
    }

    /** {@code !GetAtt V.Version} of an {@code AWS::Lambda::Version}, or SAM's {@code Fn.Version.Version}. */
    private boolean isVersionNumber(Value value) {
        if (!(value instanceof Value.ResourceRef ref)) {
            return false;
        }
        String type = resources.typeOf(ref.logicalId()).orElse("");
        return type.equals("AWS::Lambda::Version") && ref.isAttribute("Version")
                || type.equals("AWS::Serverless::Function") && ref.isAttribute("Version.Version")
                && index.publishesVersions(ref.logicalId());
    }

    private static FunctionQualifier literalQualifier(String qualifier) {
        if (qualifier.isEmpty()) {
            return FunctionQualifier.UNQUALIFIED;
        }
        if (qualifier.equals("$LATEST")) {
            return FunctionQualifier.LATEST;
        }
        if (VERSION_NUMBER.matcher(qualifier).matches()) {
            return FunctionQualifier.VERSION;
        }
        return ALIAS_NAME.matcher(qualifier).matches() ? FunctionQualifier.ALIAS : FunctionQualifier.UNKNOWN;
    }

    /**
     * {@code arn:aws:lambda:us-east-1:123456789012:function:name[:qualifier]}, literal or built with
     * {@code Fn::Sub}/{@code Fn::Join} from parts that are each one field (account, name, version).
     */
    private Reading literalArn(Value value, Optional<String> function) {
        List<List<Value>> fields = fields(value);
        boolean lambdaArn = fields.size() >= 7 && literal(fields.get(0)).filter("arn"::equals).isPresent()
                && literal(fields.get(2)).filter("lambda"::equals).isPresent()
                && literal(fields.get(5)).filter("function"::equals).isPresent();
        if (!lambdaArn) {
            return new Reading(function, FunctionQualifier.UNKNOWN, Optional.empty());
        }
        Optional<String> region = literal(fields.get(3)).filter(Regions::hasRegionShape);
        FunctionQualifier qualifier;
        if (fields.size() == 7) {
            qualifier = FunctionQualifier.UNQUALIFIED;
        } else if (fields.size() == 8) {
            List<Value> last = fields.get(7);
            qualifier = literal(last).map(EdgeArns::literalQualifier)
                    .orElse(last.size() == 1 && isVersionNumber(last.get(0)) ? FunctionQualifier.VERSION
                            : FunctionQualifier.UNKNOWN);
        } else {
            qualifier = FunctionQualifier.UNKNOWN;
        }
        return new Reading(function, qualifier, region);
    }

    /** The colon-separated fields of a string value; a non-literal part stays inside its field. */
    private static List<List<Value>> fields(Value value) {
        List<Value> parts = value instanceof Value.Concat concat ? concat.parts() : List.of(value);
        List<List<Value>> fields = new ArrayList<>();
        List<Value> current = new ArrayList<>();
        for (Value part : parts) {
            if (part instanceof Value.Text text) {
                String[] pieces = text.text().split(":", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        fields.add(current);
                        current = new ArrayList<>();
                    }
                    if (!pieces[i].isEmpty()) {
                        current.add(new Value.Text(pieces[i], text.source()));
                    }
                }
            } else {
                current.add(part);
            }
        }
        fields.add(current);
        return fields;
    }

    private static Optional<String> literal(List<Value> field) {
        StringBuilder text = new StringBuilder();
        for (Value part : field) {
            if (!(part instanceof Value.Text t)) {
                return Optional.empty();
            }
            text.append(t.text());
        }
        return Optional.of(text.toString());
    }
}
