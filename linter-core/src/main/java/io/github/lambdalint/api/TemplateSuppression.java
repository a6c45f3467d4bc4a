package io.github.lambdalint.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.Template;

/**
 * An {@code ignore} entry under {@code Metadata: lambda-lint:}, on a resource or on the whole
 * template: {@code {rule: LL104, reason: "..."}} (a bare {@code LL104} works, and is reported for
 * lacking a reason).
 */
record TemplateSuppression(String rule, Optional<String> resource, Optional<String> reason, Position position) {

    static List<TemplateSuppression> of(Template template) {
        List<TemplateSuppression> found = new ArrayList<>();
        read(template.metadata(), Optional.empty(), found);
        for (Resource resource : template.resources().values()) {
            read(resource.metadata(), Optional.of(resource.logicalId()), found);
        }
        return found;
    }

    private static void read(Optional<Node> metadata, Optional<String> resource, List<TemplateSuppression> into) {
        Optional<Node> ignore = metadata.filter(MapNode.class::isInstance)
                .flatMap(m -> ((MapNode) m).getMap("lambda-lint"))
                .flatMap(m -> m.get("ignore"));
        if (ignore.isEmpty()) {
            return;
        }
        List<Node> entries = ignore.get() instanceof ListNode list ? list.items() : List.of(ignore.get());
        for (Node entry : entries) {
            if (entry instanceof ScalarNode rule) {
                into.add(new TemplateSuppression(rule.text(), resource, Optional.empty(), rule.position()));
            } else if (entry instanceof MapNode map && map.getText("rule").isPresent()) {
                Optional<String> reason = map.getText("reason").filter(r -> !r.isBlank());
                into.add(new TemplateSuppression(map.getText("rule").get(), resource, reason, map.position()));
            }
        }
    }
}
