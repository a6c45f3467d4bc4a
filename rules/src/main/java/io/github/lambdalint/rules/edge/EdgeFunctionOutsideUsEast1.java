package io.github.lambdalint.rules.edge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.edge.EdgeAssociation;
import io.github.lambdalint.model.edge.RegionAssertion;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL401: a Lambda@Edge function that is not in us-east-1. CloudFront accepts only functions of
 * US East (N. Virginia). A function of the template is where its stack is deployed: known from
 * {@code --region}, or pinned by a {@code Rules} assertion on {@code AWS::Region}; a literal ARN
 * says its region itself. Region unknown and not pinned: a note suggesting the assertion.
 */
public final class EdgeFunctionOutsideUsEast1 implements Rule {

    static final String US_EAST_1 = "us-east-1";

    static final RuleInfo INFO = new RuleInfo("LL401", "EdgeFunctionOutsideUsEast1", Level.ERROR,
            "Lambda@Edge function deployed outside us-east-1.",
            "CloudFront runs Lambda@Edge functions only from US East (N. Virginia): a function associated with a "
                    + "distribution must be created in us-east-1, whatever region the distribution's own stack is "
                    + "in. A stack that holds the function must therefore be deployed in us-east-1; the template "
                    + "can guarantee this with a Rules assertion on AWS::Region.",
            List.of("correctness", "cloudfront", "lambda-edge", "lambda"), "very-high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        StackRegion stack = stackRegion(model);
        Set<EdgeAssociation> handled = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EdgeFunctions.EdgeFunction edge : EdgeFunctions.of(model)) {
            String id = edge.function().logicalId();
            if (stack.region().filter(r -> !r.equals(US_EAST_1)).isPresent()) {
                List<Evidence> evidence = new ArrayList<>(stack.evidence());
                evidence.addAll(edge.associationEvidence());
                report.accept(edge.violation(edge.function().position(), id, "Lambda@Edge function " + id
                        + " is deployed with its stack in " + stack.region().get() + " (" + stack.source()
                        + "), but CloudFront accepts only functions in us-east-1; deploy the function in a stack "
                        + "of its own in us-east-1.", evidence));
                handled.addAll(edge.associations());
                continue;
            }
            boolean arnNamesOtherRegion = edge.associations().stream()
                    .anyMatch(EdgeFunctionOutsideUsEast1::otherRegion);
            if (stack.region().isEmpty() && !arnNamesOtherRegion) {
                report.accept(Violation.uncertain(edge.function().position(), id, "Lambda@Edge function " + id
                        + " must be deployed in us-east-1, and the region its stack goes to is not known; give it "
                        + "with --region, or add a Rules assertion that AWS::Region equals us-east-1 so that the "
                        + "stack cannot be deployed anywhere else.", edge.associationEvidence()));
            }
        }
        for (EdgeAssociation association : model.edgeAssociations()) {
            if (!handled.contains(association) && otherRegion(association)) {
                String region = association.arnRegion().get();
                report.accept(EdgeFunctions.violation(association,
                        association.distributionLogicalId(), "distribution " + association.distributionLogicalId()
                                + " associates a Lambda function in " + region + " with the "
                                + association.eventOfBehaviour()
                                + ", but CloudFront accepts only Lambda@Edge functions in us-east-1.",
                        List.of(Evidence.at(association.arnPosition(),
                                "the function ARN names region " + region))));
            }
        }
    }

    private static boolean otherRegion(EdgeAssociation association) {
        return association.arnRegion().filter(r -> !r.equals(US_EAST_1)).isPresent();
    }

    /** Where the template's stack is deployed, and how we know. */
    private record StackRegion(Optional<String> region, String source, List<Evidence> evidence) {
    }

    private static StackRegion stackRegion(TemplateModel model) {
        List<RegionAssertion> pins = model.regionAssertions();
        Optional<RegionAssertion> usEast1 = pins.stream().filter(p -> p.region().equals(US_EAST_1)).findFirst();
        if (usEast1.isPresent()) {
            return new StackRegion(Optional.of(US_EAST_1), "pinned by rule " + usEast1.get().ruleName(), List.of());
        }
        Optional<String> given = model.deployment().region();
        if (given.isPresent()) {
            String source = model.deployment().regionSource();
            return new StackRegion(given, source.isEmpty() ? "the deploy region given to lambda-lint"
                    : "from " + source, List.of());
        }
        Optional<RegionAssertion> elsewhere = pins.stream().findFirst();
        if (elsewhere.isPresent()) {
            RegionAssertion pin = elsewhere.get();
            return new StackRegion(Optional.of(pin.region()), "rule " + pin.ruleName() + " of the template's Rules "
                    + "allows no other region", List.of(Evidence.at(pin.position(),
                    "rule " + pin.ruleName() + " asserts that AWS::Region is " + pin.region())));
        }
        return new StackRegion(Optional.empty(), "", List.of());
    }
}
