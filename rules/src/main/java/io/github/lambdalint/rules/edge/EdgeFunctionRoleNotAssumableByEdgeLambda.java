package io.github.lambdalint.rules.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.text.English;

/**
 * LL403: the execution role of a Lambda@Edge function must trust both {@code lambda.amazonaws.com}
 * and {@code edgelambda.amazonaws.com}. Checked for roles of the template and for the role SAM
 * generates (which trusts only Lambda unless the function sets {@code AssumeRolePolicyDocument});
 * a role from outside the template is not known, so it stays silent.
 */
public final class EdgeFunctionRoleNotAssumableByEdgeLambda implements Rule {

    static final String LAMBDA = "lambda.amazonaws.com";
    static final String EDGE_LAMBDA = "edgelambda.amazonaws.com";

    static final RuleInfo INFO = new RuleInfo("LL403", "EdgeFunctionRoleNotAssumableByEdgeLambda", Level.ERROR,
            "Lambda@Edge execution role that edgelambda.amazonaws.com cannot assume.",
            "Lambda@Edge replicates the function to CloudFront's edge locations and runs it there with the "
                    + "function's execution role, which it assumes as the service principal "
                    + "edgelambda.amazonaws.com. The role's trust policy must allow both lambda.amazonaws.com and "
                    + "edgelambda.amazonaws.com; the role SAM generates trusts only lambda.amazonaws.com.",
            List.of("correctness", "iam", "cloudfront", "lambda-edge", "lambda"), "very-high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        // A template role shared by several edge functions is one finding, naming them all.
        Map<String, List<EdgeFunctions.EdgeFunction>> byTemplateRole = new LinkedHashMap<>();
        for (EdgeFunctions.EdgeFunction edge : EdgeFunctions.of(model)) {
            ExecutionRole role = edge.function().role();
            if (role instanceof ExecutionRole.TemplateRole templateRole) {
                byTemplateRole.computeIfAbsent(templateRole.logicalId(), k -> new ArrayList<>()).add(edge);
            } else if (role instanceof ExecutionRole.GeneratedRole generated) {
                checkGenerated(edge, generated, report);
            }
        }
        for (List<EdgeFunctions.EdgeFunction> edges : byTemplateRole.values()) {
            checkTemplateRole(edges, (ExecutionRole.TemplateRole) edges.get(0).function().role(), report);
        }
    }

    private static void checkTemplateRole(List<EdgeFunctions.EdgeFunction> edges, ExecutionRole.TemplateRole role,
                                          Consumer<Violation> report) {
        List<String> missing = missing(role);
        if (missing.isEmpty()) {
            return;
        }
        Position at = role.trustPolicy().position().orElse(role.position());
        List<String> functions = edges.stream().map(e -> e.function().logicalId()).toList();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(at, "the trust policy names no " + String.join(" or ", missing)));
        edges.forEach(e -> evidence.addAll(e.associationEvidence()));
        report.accept(edges.get(0).violation(at, role.logicalId(), "role " + role.logicalId()
                + ", the execution role of "
                + "Lambda@Edge " + (functions.size() == 1 ? "function " : "functions ") + String.join(", ", functions)
                + ", does not trust " + String.join(" or ", missing) + ", so " + consequence(missing) + "; add "
                + English.list(missing) + " to the Service principals of its AssumeRolePolicyDocument.",
                evidence));
    }

    private static void checkGenerated(EdgeFunctions.EdgeFunction edge, ExecutionRole.GeneratedRole role,
                                       Consumer<Violation> report) {
        List<String> missing = missing(role);
        if (missing.isEmpty()) {
            return;
        }
        LambdaFunction function = edge.function();
        String id = function.logicalId();
        boolean written = role.trustPolicy().position().isPresent();
        Position at = written ? function.positionOf("AssumeRolePolicyDocument") : function.position();
        String message = written
                ? "the AssumeRolePolicyDocument of Lambda@Edge function " + id + " does not trust "
                + String.join(" or ", missing) + ", so " + consequence(missing) + "; add "
                + English.list(missing) + " to its Service principals."
                : "the role SAM generates for Lambda@Edge function " + id + " trusts only " + LAMBDA + ", so "
                + consequence(missing) + "; set AssumeRolePolicyDocument on the function to trust both " + LAMBDA
                + " and " + EDGE_LAMBDA + ", or give it a Role that does.";
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(at, written ? "the trust policy names no " + String.join(" or ", missing)
                : "SAM's generated trust policy names only " + LAMBDA));
        evidence.addAll(edge.associationEvidence());
        report.accept(edge.violation(at, id, message, evidence));
    }

    private static List<String> missing(ExecutionRole role) {
        List<String> missing = new ArrayList<>();
        for (String principal : List.of(LAMBDA, EDGE_LAMBDA)) {
            if (role.trusts(principal) == TriState.NO) {
                missing.add(principal);
            }
        }
        return missing;
    }

    private static String consequence(List<String> missing) {
        if (missing.size() == 2) {
            return "neither Lambda nor Lambda@Edge can assume it";
        }
        return missing.get(0).equals(EDGE_LAMBDA)
                ? "Lambda@Edge cannot assume it to run the function at CloudFront's edge locations"
                : "Lambda cannot assume it, and CloudFront refuses a function whose role lacks either principal";
    }
}
