package io.github.lambdalint.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private Map<String, List<Resource>> byType;

    LiveResources(Template template, Resolver resolver) {
        this.template = template;
        this.resolver = resolver;
    }

    Resolver resolver() {
        return resolver;
    }

    Template template() {
        return template;
    }

    List<Resource> ofType(String... types) {
        if (types.length == 1) {
            return byType().getOrDefault(types[0], List.of());
        }
        Set<String> wanted = Set.copyOf(Arrays.asList(types));
        return wanted.stream().flatMap(type -> byType().getOrDefault(type, List.of()).stream())
                .sorted(Comparator.comparing(Resource::position))
                .toList();
    }

    /**
     * The live resources by type, in template order, made once: readers ask per function, and
     * sorting and filtering every resource for each question is quadratic in a big template.
     */
    private Map<String, List<Resource>> byType() {
        if (byType == null) {
            Map<String, List<Resource>> index = new HashMap<>();
            for (Resource resource : template.resourcesInOrder()) {
                if (resource.condition().map(c -> resolver.condition(c) != TriState.NO).orElse(true)) {
                    index.computeIfAbsent(resource.type(), type -> new ArrayList<>()).add(resource);
                }
            }
            index.replaceAll((type, list) -> List.copyOf(list));
            byType = index;
        }
        return byType;
    }

    Optional<Resource> resource(String logicalId) {
        return template.resource(logicalId)
                .filter(r -> r.condition().map(c -> resolver.condition(c) != TriState.NO).orElse(true));
    }

    Optional<String> typeOf(String logicalId) {
        return resource(logicalId).map(Resource::type);
    }

    /** The resource's condition when it cannot be decided; empty when it is certainly deployed. */
    Optional<String> undecidedCondition(Resource resource) {
        return resource.condition().filter(c -> resolver.condition(c) == TriState.UNKNOWN);
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
