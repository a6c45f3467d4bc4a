package io.github.lambdalint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.model.edge.EdgeAssociation;
import io.github.lambdalint.model.edge.RegionAssertion;
import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;

/**
 * Reads the Lambda@Edge associations of CloudFront distributions, and the {@code Rules}
 * assertions that pin the stack's region.
 */
final class EdgeReader {

    private final LiveResources resources;
    private final FunctionIndex index;

    EdgeReader(LiveResources resources, FunctionIndex index) {
        this.resources = resources;
        this.index = index;
    }

    List<EdgeAssociation> associations() {
        List<EdgeAssociation> associations = new ArrayList<>();
        for (Resource distribution : resources.ofType("AWS::CloudFront::Distribution")) {
            Optional<Value> config = resources.property(distribution, "DistributionConfig");
            behaviour(distribution, "default cache behaviour",
                    LiveResources.path(config, "DefaultCacheBehavior"), associations);
            for (Value behaviour : LiveResources.path(config, "CacheBehaviors")
                    .flatMap(Value::asList).orElse(List.of())) {
                String path = LiveResources.path(Optional.of(behaviour), "PathPattern").flatMap(Value::asText)
                        .map(p -> "cache behaviour for " + p).orElse("cache behaviour without a PathPattern");
                behaviour(distribution, path, Optional.of(behaviour), associations);
            }
        }
        return associations;
    }

    private void behaviour(Resource distribution, String name, Optional<Value> behaviour,
                           List<EdgeAssociation> into) {
        EdgeArns arns = new EdgeArns(resources, index);
        for (Value association : LiveResources.path(behaviour, "LambdaFunctionAssociations")
                .flatMap(Value::asList).orElse(List.of())) {
            Optional<Value> arn = LiveResources.path(Optional.of(association), "LambdaFunctionARN");
            if (arn.isEmpty()) {
                continue;
            }
            Position key = association.asMap().flatMap(m -> m.keyPosition("LambdaFunctionARN"))
                    .orElse(arn.get().position());
            boolean branches = arn.get() instanceof Value.Choice;
            // Fn::If on an undecidable condition: each branch may be deployed, so each is an association.
            for (Value alternative : arn.get().alternatives()) {
                if (alternative instanceof Value.NoValue) {
                    continue;
                }
                EdgeArns.Reading reading = arns.read(alternative);
                into.add(new EdgeAssociation(distribution.logicalId(), name,
                        LiveResources.path(Optional.of(association), "EventType"), alternative,
                        reading.function(), reading.qualifier(), reading.region(),
                        branches ? alternative.position() : key, association.position()));
            }
        }
    }

    /** Assertions {@code Fn::Equals [Ref AWS::Region, r]} or {@code Fn::Contains [[r], Ref AWS::Region]}. */
    List<RegionAssertion> regionAssertions() {
        List<RegionAssertion> assertions = new ArrayList<>();
        Optional<MapNode> rules = resources.template().rules();
        if (rules.isEmpty()) {
            return assertions;
        }
        for (MapNode.Entry rule : rules.get().entries()) {
            if (!(rule.value() instanceof MapNode body) || body.get("RuleCondition").isPresent()) {
                continue;
            }
            Optional<Node> list = body.get("Assertions");
            if (list.isEmpty() || !(list.get() instanceof ListNode items)) {
                continue;
            }
            for (Node item : items.items()) {
                if (item instanceof MapNode assertion) {
                    assertion.get("Assert").flatMap(EdgeReader::pinnedRegion).ifPresent(region ->
                            assertions.add(new RegionAssertion(rule.name(), region, assertion.position())));
                }
            }
        }
        return assertions;
    }

    private static Optional<String> pinnedRegion(Node assertion) {
        if (!(assertion instanceof MapNode map) || map.singleEntry().isEmpty()) {
            return Optional.empty();
        }
        MapNode.Entry function = map.singleEntry().get();
        if (!(function.value() instanceof ListNode arguments) || arguments.items().size() != 2) {
            return Optional.empty();
        }
        Node first = arguments.items().get(0);
        Node second = arguments.items().get(1);
        if (function.name().equals("Fn::Equals")) {
            if (isRegionRef(first) && second instanceof ScalarNode region) {
                return Optional.of(region.text());
            }
            if (isRegionRef(second) && first instanceof ScalarNode region) {
                return Optional.of(region.text());
            }
        }
        if (function.name().equals("Fn::Contains") && isRegionRef(second) && first instanceof ListNode allowed
                && allowed.items().size() == 1 && allowed.items().get(0) instanceof ScalarNode region) {
            return Optional.of(region.text());
        }
        return Optional.empty();
    }

    private static boolean isRegionRef(Node node) {
        return node instanceof MapNode map && map.singleEntry()
                .filter(e -> e.name().equals("Ref") && e.value() instanceof ScalarNode s
                        && s.text().equals("AWS::Region"))
                .isPresent();
    }
}
