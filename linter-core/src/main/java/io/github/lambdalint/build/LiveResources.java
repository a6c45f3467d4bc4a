package io.github.lambdalint.build;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.parse.Template;
import io.github.lambdalint.resolve.Resolver;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/**
 * The template's resources as readers see them: only those that may be deployed (a resource
 * whose condition is false is gone), with their properties resolved.
 */
final class LiveResources {

    private final Template template;
    private final Resolver resolver;
    /** The deployable resources in template order, grouped by type: readers ask by type, many times. */
    private final java.util.Map<String, List<Resource>> byType = new java.util.HashMap<>();
    /** The properties of each SAM function with Globals merged: merged once, read by several readers. */
    private final java.util.Map<String, MapNode> samFunctionProperties = new java.util.HashMap<>();

    LiveResources(Template template, Resolver resolver) {
        this.template = template;
        this.resolver = resolver;
        for (Resource resource : template.resourcesInOrder()) {
            if (resource.condition().map(c -> resolver.condition(c) != TriState.NO).orElse(true)) {
                byType.computeIfAbsent(resource.type(), k -> new java.util.ArrayList<>()).add(resource);
            }
        }
        for (Resource function : ofType("AWS::Serverless::Function")) {
            samFunctionProperties.put(function.logicalId(), SamGlobals.merge(template, function));
        }
    }

    Resolver resolver() {
        return resolver;
    }

    Template template() {
        return template;
    }

    List<Resource> ofType(String... types) {
        if (types.length == 1) {
            return byType.getOrDefault(types[0], List.of());
        }
        return Arrays.stream(types).distinct()
                .flatMap(type -> byType.getOrDefault(type, List.of()).stream())
                .sorted(java.util.Comparator.comparing(Resource::position))
                .toList();
    }

    Optional<Resource> resource(String logicalId) {
        return template.resource(logicalId)
                .filter(r -> r.condition().map(c -> resolver.condition(c) != TriState.NO).orElse(true));
    }

    Optional<String> typeOf(String logicalId) {
        return resource(logicalId).map(Resource::type);
    }

    /** The type of every resource that may be deployed, by logical id. */
    java.util.Map<String, String> types() {
        java.util.Map<String, String> types = new java.util.HashMap<>();
        byType.values().forEach(list -> list.forEach(r -> types.put(r.logicalId(), r.type())));
        return types;
    }

    /** The resource's condition when it cannot be decided; empty when it is certainly deployed. */
    Optional<String> undecidedCondition(Resource resource) {
        return resource.condition().filter(c -> resolver.condition(c) == TriState.UNKNOWN);
    }

    /** A function's properties as written, with SAM {@code Globals} merged into a SAM function's. */
    MapNode functionProperties(Resource function) {
        return samFunctionProperties.getOrDefault(function.logicalId(), function.properties());
    }

    Optional<Value> property(Resource resource, String name) {
        return resource.property(name).map(resolver::resolve).filter(v -> !(v instanceof Value.NoValue));
    }

    Optional<Value> resolve(Optional<Node> node) {
        return node.map(resolver::resolve).filter(v -> !(v instanceof Value.NoValue));
    }

    /** A nested property: {@code path("VpcConfig", "SubnetIds")}. */
    static Optional<Value> path(Optional<Value> value, String... keys) {
        Optional<Value> current = value;
        for (String key : keys) {
            current = current.flatMap(Value::asMap).flatMap(m -> m.get(key));
        }
        return current;
    }

    /** A resource logical id that a value refers to, when it is a Ref or GetAtt of that type. */
    Optional<String> referencedResource(Value value, String type) {
        if (value instanceof Value.ResourceRef ref && typeOf(ref.logicalId()).filter(type::equals).isPresent()) {
            return Optional.of(ref.logicalId());
        }
        return Optional.empty();
    }
}
