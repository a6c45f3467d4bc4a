package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.Template;

/**
 * Merges {@code Globals.Function} into a SAM function's properties the way the SAM translator
 * does (samtranslator/plugins/globals/globals.py): the function's scalar wins, maps merge key by
 * key, lists concatenate (globals first), and an intrinsic function counts as a scalar. The
 * merged nodes keep their own positions, so a finding points where the value is written.
 */
final class SamGlobals {

    private SamGlobals() {
    }

    static MapNode merge(Template template, Resource function) {
        return merge(template, function, "Function");
    }

    /**
     * The properties of a SAM resource with its {@code Globals} section merged ({@code CapacityProvider}
     * for {@code AWS::Serverless::CapacityProvider}: samtranslator/plugins/globals/globals.py).
     */
    static MapNode merge(Template template, Resource function, String section) {
        Optional<MapNode> globals = template.globals().flatMap(g -> g.getMap(section));
        if (globals.isEmpty()) {
            return function.properties();
        }
        Set<String> ignored = ignoredGlobals(function);
        if (ignored.contains("*")) {
            return function.properties();
        }
        List<MapNode.Entry> kept = globals.get().entries().stream()
                .filter(e -> !ignored.contains(e.name())).toList();
        return (MapNode) mergeNodes(new MapNode(kept, globals.get().position()), function.properties());
    }

    private static Set<String> ignoredGlobals(Resource function) {
        Optional<Node> ignore = function.declaration().get("IgnoreGlobals");
        if (ignore.isEmpty()) {
            return Set.of();
        }
        if (ignore.get() instanceof ScalarNode scalar) {
            return Set.of(scalar.text());
        }
        if (ignore.get() instanceof ListNode list) {
            Set<String> names = new java.util.HashSet<>();
            list.items().forEach(n -> {
                if (n instanceof ScalarNode s) {
                    names.add(s.text());
                }
            });
            return names;
        }
        return Set.of();
    }

    private static Node mergeNodes(Node global, Node local) {
        if (global instanceof MapNode globalMap && !isIntrinsic(globalMap)
                && local instanceof MapNode localMap && !isIntrinsic(localMap)) {
            Map<String, MapNode.Entry> merged = new LinkedHashMap<>();
            for (MapNode.Entry entry : globalMap.entries()) {
                merged.put(entry.name(), entry);
            }
            for (MapNode.Entry entry : localMap.entries()) {
                MapNode.Entry existing = merged.get(entry.name());
                merged.put(entry.name(), existing == null ? entry
                        : new MapNode.Entry(entry.key(), mergeNodes(existing.value(), entry.value())));
            }
            return new MapNode(new ArrayList<>(merged.values()), localMap.position());
        }
        if (global instanceof ListNode globalList && local instanceof ListNode localList) {
            List<Node> items = new ArrayList<>(globalList.items());
            items.addAll(localList.items());
            return new ListNode(items, localList.position());
        }
        return local;
    }

    private static boolean isIntrinsic(MapNode map) {
        return map.singleEntry().map(e -> e.name().equals("Ref") || e.name().startsWith("Fn::")).orElse(false);
    }
}
