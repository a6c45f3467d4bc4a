package io.github.lambdalint.build;

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
            Optional<String> condition = resources.undecidedCondition(distribution);
            Optional<Value> config = resources.property(distribution, "DistributionConfig");
            for (Conditional<Value> behaviour : conditional(LiveResources.path(config, "DefaultCacheBehavior"),
                    condition)) {
                behaviour(distribution, "default cache behaviour", behaviour, associations);
            }
            for (Conditional<Value> behaviours : conditional(LiveResources.path(config, "CacheBehaviors"),
                    condition)) {
                for (Value behaviour : behaviours.value().asList().orElse(List.of())) {
                    String path = LiveResources.path(Optional.of(behaviour), "PathPattern").flatMap(Value::asText)
                            .map(p -> "cache behaviour for " + p).orElse("cache behaviour without a PathPattern");
                    for (Conditional<Value> one : conditional(Optional.of(behaviour), behaviours.condition())) {
                        behaviour(distribution, path, one, associations);
                    }
                }
            }
        }
        return associations;
    }

    /** A value that is deployed only when {@code condition} (undecidable) holds, or always. */
    private record Conditional<T>(T value, Optional<String> condition) {
    }

    /**
     * The values something may deploy as: the branches of an undecidable {@code Fn::If} (each under
     * its condition, {@code AWS::NoValue} left out), or the value itself.
     */
    private static List<Conditional<Value>> conditional(Optional<Value> value, Optional<String> outer) {
        List<Conditional<Value>> values = new ArrayList<>();
        if (value.isEmpty()) {
            return values;
        }
        Optional<String> condition = value.get() instanceof Value.Choice choice
                ? outer.or(() -> Optional.of(choice.condition())) : outer;
        for (Value alternative : value.get().alternatives()) {
            if (!(alternative instanceof Value.NoValue)) {
                values.add(new Conditional<>(alternative, condition));
            }
        }
        return values;
    }

    private void behaviour(Resource distribution, String name, Conditional<Value> behaviour,
                           List<EdgeAssociation> into) {
        EdgeArns arns = new EdgeArns(resources, index);
        for (Conditional<Value> list : conditional(LiveResources.path(Optional.of(behaviour.value()),
                "LambdaFunctionAssociations"), behaviour.condition())) {
            for (Value association : list.value().asList().orElse(List.of())) {
                Optional<Value> arn = LiveResources.path(Optional.of(association), "LambdaFunctionARN");
                if (arn.isEmpty()) {
                    continue;
                }
                Position key = association.asMap().flatMap(m -> m.keyPosition("LambdaFunctionARN"))
                        .orElse(arn.get().position());
                boolean branches = arn.get() instanceof Value.Choice;
                // Fn::If on an undecidable condition: each branch may be deployed, so each is an association.
                for (Conditional<Value> alternative : conditional(arn, list.condition())) {
                    EdgeArns.Reading reading = arns.read(alternative.value());
                    into.add(new EdgeAssociation(distribution.logicalId(), name,
                            LiveResources.path(Optional.of(association), "EventType"), alternative.value(),
                            reading.function(), reading.qualifier(), reading.region(),
                            branches ? alternative.value().position() : key, alternative.condition(),
                            association.position()));
                }
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
