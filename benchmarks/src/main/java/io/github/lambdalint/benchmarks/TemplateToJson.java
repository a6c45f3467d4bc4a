package io.github.lambdalint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.TemplateParser;

/**
 * Writes a YAML template as JSON, laid out as CDK writes its synthesised templates (one-space
 * indentation, short-form tags in their long form), for timing JSON templates of the same size
 * and content as the generated YAML ones:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.lambdalint.benchmarks.TemplateToJson IN.yaml OUT.json}.
 */
public final class TemplateToJson {

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private TemplateToJson() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TemplateToJson IN.yaml OUT.json");
            System.exit(2);
        }
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(Files.readAllBytes(Path.of(args[0])));
        if (parsed.root().isEmpty() || !parsed.problems().isEmpty()) {
            System.err.println("TemplateToJson: " + args[0] + " does not parse cleanly: " + parsed.problems());
            System.exit(1);
        }
        StringBuilder json = new StringBuilder();
        write(parsed.root().get(), json, 0);
        Files.writeString(Path.of(args[1]), json.append('\n'));
    }

    private static void write(Node node, StringBuilder out, int depth) {
        if (node instanceof MapNode map) {
            List<MapNode.Entry> entries = map.entries();
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                newline(out, depth + 1);
                string(entries.get(i).name(), out);
                out.append(": ");
                write(entries.get(i).value(), out, depth + 1);
                out.append(i < entries.size() - 1 ? "," : "");
            }
            if (!entries.isEmpty()) {
                newline(out, depth);
            }
            out.append('}');
        } else if (node instanceof ListNode list) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                newline(out, depth + 1);
                write(list.items().get(i), out, depth + 1);
                out.append(i < list.items().size() - 1 ? "," : "");
            }
            if (!list.items().isEmpty()) {
                newline(out, depth);
            }
            out.append(']');
        } else {
            scalar((ScalarNode) node, out);
        }
    }

    private static void scalar(ScalarNode scalar, StringBuilder out) {
        switch (scalar.type()) {
            case NULL -> out.append("null");
            case BOOLEAN -> out.append(scalar.text().toLowerCase(java.util.Locale.ROOT));
            // YAML numbers JSON cannot write (0x1F, .inf) stay strings, as CloudFormation would read them.
            case INTEGER, FLOAT -> {
                if (JSON_NUMBER.matcher(scalar.text()).matches()) {
                    out.append(scalar.text());
                } else {
                    string(scalar.text(), out);
                }
            }
            default -> string(scalar.text(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append(" ".repeat(depth));
    }
}
