package io.github.lambdalint.rules.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.lambdalint.model.Evidence;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.edge.EdgeAssociation;

/** The functions of a template that a CloudFront distribution of the same template associates. */
final class EdgeFunctions {

    /** One edge function with every association that names it, in template order. */
    record EdgeFunction(LambdaFunction function, List<EdgeAssociation> associations) {
        EdgeFunction {
            associations = List.copyOf(associations);
        }

        List<Evidence> associationEvidence() {
            List<Evidence> evidence = new ArrayList<>();
            for (EdgeAssociation association : associations) {
                evidence.add(Evidence.at(association.arnPosition(),
                        "associated with the " + association.describe()));
            }
            return evidence;
        }
    }

    private EdgeFunctions() {
    }

    static List<EdgeFunction> of(TemplateModel model) {
        Map<String, List<EdgeAssociation>> byFunction = new LinkedHashMap<>();
        for (EdgeAssociation association : model.edgeAssociations()) {
            association.functionLogicalId().filter(model::isFunction).ifPresent(id ->
                    byFunction.computeIfAbsent(id, k -> new ArrayList<>()).add(association));
        }
        List<EdgeFunction> functions = new ArrayList<>();
        byFunction.forEach((id, associations) ->
                functions.add(new EdgeFunction(model.function(id).orElseThrow(), associations)));
        return functions;
    }
}
