package io.github.lambdalint.parse;

import java.util.List;

/** A YAML sequence or JSON array. */
public record ListNode(List<Node> items, Position position) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public String kindName() {
        return "a list";
    }
}
