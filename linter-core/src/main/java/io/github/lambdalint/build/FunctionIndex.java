package io.github.lambdalint.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.model.FunctionReferences;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Reads what {@link FunctionReferences} needs to tell which function a value names: the type of
 * every resource, the {@code FunctionName} of versions and aliases and of functions, and the
 * aliases and versions SAM generates for {@code AutoPublishAlias}. The readers ask it through
 * the methods below; the model keeps the same answers for rules.
 */
final class FunctionIndex {

    private final FunctionReferences references;

    FunctionIndex(LiveResources resources) {
        Map<String, Value> qualifiedFunctionNames = new HashMap<>();
        for (Resource qualifier : resources.ofType(FunctionReferences.QUALIFIER_TYPES.toArray(String[]::new))) {
            resources.property(qualifier, "FunctionName")
                    .ifPresent(name -> qualifiedFunctionNames.put(qualifier.logicalId(), name));
        }
        Map<String, String> byName = new HashMap<>();
        Map<String, String> generatedAliases = new HashMap<>();
        Set<String> publishing = new HashSet<>();
        for (Resource function : resources.ofType(FunctionReferences.FUNCTION_TYPES.toArray(String[]::new))) {
            resources.property(function, "FunctionName").flatMap(Value::asText)
                    .ifPresent(name -> byName.put(name, function.logicalId()));
            if (function.is("AWS::Serverless::Function")) {
                MapNode merged = resources.functionProperties(function);
                Optional<Value> alias = resources.resolve(merged.get("AutoPublishAlias"));
                if (alias.isPresent()) {
                    publishing.add(function.logicalId());
                    alias.get().asText().ifPresent(name -> generatedAliases.put(
                            function.logicalId() + "Alias" + name.replace("-", "D").replace("_", "U"),
                            function.logicalId()));
                }
            }
        }
        this.references = new FunctionReferences(resources.types(), qualifiedFunctionNames, byName, generatedAliases,
                publishing);
    }

    FunctionReferences references() {
        return references;
    }

    Optional<String> functionOf(Value value) {
        return references.functionOf(value);
    }

    boolean publishesVersions(String functionLogicalId) {
        return references.publishesVersions(functionLogicalId);
    }

    Optional<String> generatedAlias(Value value) {
        return references.generatedAlias(value);
    }

    Optional<String> generatedVersion(Value value) {
        return references.generatedVersion(value);
    }
}
