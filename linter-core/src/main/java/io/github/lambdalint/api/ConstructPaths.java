package io.github.lambdalint.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.parse.Template;

/**
 * The CDK construct path of each resource that carries one ({@code Metadata: aws:cdk:path}, which
 * {@code cdk synth} writes unless path metadata is turned off). The L1 resource an L2 construct
 * wraps is its child {@code Resource}; that last step is dropped, so a finding names the construct
 * the user wrote ({@code AppStack/WorkerFn}, not {@code AppStack/WorkerFn/Resource}).
 */
final class ConstructPaths {

    static final String METADATA_KEY = "aws:cdk:path";
    private static final String DEFAULT_CHILD = "/Resource";

    private final Map<String, String> byLogicalId = new HashMap<>();

    ConstructPaths(Template template) {
        for (Resource resource : template.resources().values()) {
            resource.metadata().filter(MapNode.class::isInstance)
                    .flatMap(metadata -> ((MapNode) metadata).getText(METADATA_KEY))
                    .filter(path -> !path.isBlank())
                    .ifPresent(path -> byLogicalId.put(resource.logicalId(), path.endsWith(DEFAULT_CHILD)
                            ? path.substring(0, path.length() - DEFAULT_CHILD.length()) : path));
        }
    }

    Optional<String> of(Optional<String> logicalId) {
        return logicalId.map(byLogicalId::get);
    }
}
