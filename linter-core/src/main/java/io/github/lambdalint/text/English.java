package io.github.lambdalint.text;

import java.util.List;

/** English wording that messages share (rules, and the engine's own reasons such as StackSet's). */
public final class English {

    private English() {
    }

    /** "A", "A and B", "A, B and C" (and "" for no item). */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
