package io.github.lambdalint.parse;

/**
 * Writes a node tree as indented JSON, one value a line (so positions spread over lines): for
 * tests that read templates back as JSON, and for the benchmarks' JSON stacks. Numbers JSON
 * cannot write (YAML's {@code 0x1F}, {@code .inf}) become strings; control characters and
 * surrogates in strings are written as escapes.
 */
public final class NodeJson {

    private NodeJson() {
    }

    public static String write(Node node) {
        return write(node, "  ");
    }

    /** With {@code unit} as one level of indentation: CDK writes its templates with one space. */
    public static String write(Node node, String unit) {
        StringBuilder out = new StringBuilder();
        write(node, 0, unit, out);
        return out.append('\n').toString();
    }

    private static void write(Node node, int indent, String unit, StringBuilder out) {
        if (node instanceof MapNode map) {
            if (map.entries().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            for (int i = 0; i < map.entries().size(); i++) {
                MapNode.Entry entry = map.entries().get(i);
                out.append(unit.repeat(indent + 1));
                string(entry.name(), out);
                out.append(": ");
                write(entry.value(), indent + 1, unit, out);
                out.append(i + 1 < map.entries().size() ? ",\n" : "\n");
            }
            out.append(unit.repeat(indent)).append('}');
        } else if (node instanceof ListNode list) {
            if (list.items().isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.items().size(); i++) {
                out.append(unit.repeat(indent + 1));
                write(list.items().get(i), indent + 1, unit, out);
                out.append(i + 1 < list.items().size() ? ",\n" : "\n");
            }
            out.append(unit.repeat(indent)).append(']');
        } else {
            ScalarNode scalar = (ScalarNode) node;
            switch (scalar.type()) {
                case NULL -> out.append("null");
                case BOOLEAN -> out.append(scalar.text().equalsIgnoreCase("true") ? "true" : "false");
                case INTEGER, FLOAT -> {
                    if (scalar.text().matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
                        out.append(scalar.text());
                    } else {
                        string(scalar.text(), out);
                    }
                }
                default -> string(scalar.text(), out);
            }
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
