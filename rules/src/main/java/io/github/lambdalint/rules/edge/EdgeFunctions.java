package io.github.lambdalint.rules.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.edge.EdgeAssociation;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.rule.Violation;

/** The functions of a template that a CloudFront distribution of the same template associates. */
final class EdgeFunctions {

    /** One edge function with every association that names it, in template order. */
    record EdgeFunction(LambdaFunction function, List<EdgeAssociation> associations) {
        EdgeFunction {
            associations = List.copyOf(associations);
        }

        /**
         * The condition under which the function is an edge function, when that is not certain: every
         * association is deployed only under an undecidable condition that the function does not share.
         */
        Optional<String> onlyUnder() {
            for (EdgeAssociation association : associations) {
                if (association.condition().isEmpty() || association.condition().equals(function.condition())) {
                    return Optional.empty();
                }
            }
            return associations.get(0).condition();
        }

        /** An error when the function is certainly an edge function, a note naming the condition otherwise. */
        Violation violation(Position at, String resource, String message, List<Evidence> evidence) {
            Optional<String> condition = onlyUnder();
            return condition.isEmpty() ? Violation.of(at, resource, message, evidence)
                    : Violation.uncertain(at, resource, message + " (The function is associated with CloudFront "
                    + "only when condition " + condition.get() + " holds.)", evidence);
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

    /** An error for an association that is always deployed, a note naming the condition otherwise. */
    static Violation violation(EdgeAssociation association, String resource, String message,
                               List<Evidence> evidence) {
        return association.condition().isEmpty()
                ? Violation.of(association.arnPosition(), resource, message, evidence)
                : Violation.uncertain(association.arnPosition(), resource, message + " (The association is "
                + "deployed only when condition " + association.condition().get() + " holds.)", evidence);
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
