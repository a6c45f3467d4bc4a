package io.github.lambdalint.build;

import java.util.Optional;

import io.github.lambdalint.model.FunctionReferences;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Which qualifier of a function a reference invokes. Lambda keeps some settings per qualifier
 * (asynchronous invocation configs, for one), so a rule must know whether a trigger invokes the
 * function itself ({@code $LATEST}) or one of its aliases.
 */
final class InvokedQualifiers {

    private final LiveResources resources;

    InvokedQualifiers(LiveResources resources) {
        this.resources = resources;
    }

    /**
     * The qualifier a value invokes when it names a function of the template: {@code $LATEST} for
     * the function itself ({@code Ref Fn}, {@code GetAtt Fn.Arn}, an unqualified ARN), the alias
     * name for an {@code AWS::Lambda::Alias}, SAM's {@code Fn.Alias} or an ARN ending in
     * {@code :alias}; empty when it is not known (a version, a parameter, a condition).
     */
    Optional<Value> of(Value value) {
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
        if (FunctionReferences.FUNCTION_TYPES.contains(resource.get().type())) {
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
        return resources.resolve(resources.functionProperties(function).get("AutoPublishAlias"));
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
}
