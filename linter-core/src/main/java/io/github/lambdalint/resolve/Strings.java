package io.github.lambdalint.resolve;

import java.util.ArrayList;
import java.util.List;

import io.github.lambdalint.parse.Node;

/** Builds string values from parts, merging neighbouring literal text. */
final class Strings {

    private Strings() {
    }

    static Value concat(List<Value> parts, Node source) {
        List<Value> merged = new ArrayList<>();
        StringBuilder literal = null;
        Node literalSource = source;
        for (Value part : parts) {
            if (part instanceof Value.Text text) {
                if (literal == null) {
                    literal = new StringBuilder();
                    literalSource = text.source();
                }
                literal.append(text.text());
            } else {
                if (literal != null) {
                    merged.add(new Value.Text(literal.toString(), literalSource));
                    literal = null;
                }
                merged.add(part);
            }
        }
        if (literal != null) {
            merged.add(new Value.Text(literal.toString(), literalSource));
        }
        if (merged.isEmpty()) {
            return new Value.Text("", source);
        }
        if (merged.size() == 1 && merged.get(0) instanceof Value.Text only) {
            return new Value.Text(only.text(), source);
        }
        return new Value.Concat(merged, source);
    }
}
