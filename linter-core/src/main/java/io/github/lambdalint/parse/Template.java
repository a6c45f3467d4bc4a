package io.github.lambdalint.parse;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A parsed CloudFormation or SAM template, split into its sections. */
public record Template(MapNode root, Map<String, Resource> resources, Map<String, Parameter> parameters,
                       MapNode mappings, MapNode conditions, Optional<MapNode> globals,
                       Optional<MapNode> rules, boolean serverless) {

    public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    public Template {
        resources = Map.copyOf(resources);
        parameters = Map.copyOf(parameters);
    }

    public Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    public Collection<Resource> resourcesInOrder() {
        return resources.values().stream()
                .sorted(java.util.Comparator.comparing(Resource::position))
                .toList();
    }

    public Optional<Node> metadata() {
        return root.get("Metadata");
    }
}
