package io.github.lambdalint.parse;

import java.util.List;
import java.util.Optional;

/** A YAML mapping or JSON object; keys are unique (of a key written twice, the parser keeps the last value). */
public record MapNode(List<Entry> entries, Position position) implements Node {

    /** One key and its value; the key keeps its own position. */
    public record Entry(ScalarNode key, Node value) {
        public String name() {
            return key.text();
        }
    }

    public MapNode {
        entries = List.copyOf(entries);
    }

    public Optional<Node> get(String key) {
        for (Entry entry : entries) {
            if (entry.name().equals(key)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    public Optional<Entry> entry(String key) {
        for (Entry entry : entries) {
            if (entry.name().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public Optional<MapNode> getMap(String key) {
        return get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    public Optional<String> getText(String key) {
        return get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
    }

    /** The single key of a one-entry mapping, which is how intrinsic functions look. */
    public Optional<Entry> singleEntry() {
        return entries.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String kindName() {
        return "a mapping";
    }
}
