package io.github.lambdalint.parse;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code Resources}, still unresolved. {@code position} is where its logical id is
 * written, which is where a finding about the resource as a whole points.
 */
public record Resource(String logicalId, String type, MapNode properties, MapNode declaration,
                       Position position, Optional<String> condition, List<String> dependsOn) {

    public Resource {
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean is(String resourceType) {
        return type.equals(resourceType);
    }

    public Optional<Node> property(String name) {
        return properties.get(name);
    }

    public Optional<Node> metadata() {
        return declaration.get("Metadata");
    }
}
