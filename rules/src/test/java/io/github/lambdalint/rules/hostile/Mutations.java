package io.github.lambdalint.rules.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;

/**
 * Ways to break a good template: edits of its bytes (truncate, delete, duplicate, insert hostile
 * fragments, swap lines) and edits of its tree (drop, duplicate, retag, reorder, swap kinds,
 * graft, wrong-arity intrinsics), the tree then written back as JSON.
 */
final class Mutations {

    private Mutations() {
    }

    // ---- byte edits ------------------------------------------------------------------------------

    enum ByteEditKind { TRUNCATE, DELETE, DUPLICATE, INSERT, SWAP_LINES, INDENT }

    /** Fragments worth inserting: syntax, tags, anchors, encodings, control characters. */
    static final List<byte[]> FRAGMENTS = List.of(
            bytes("\u0000"), new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0xED,
                    (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xEF,
                    (byte) 0xBB, (byte) 0xBF},
            bytes("\t"), bytes("\r"), bytes("\r\n"), bytes("\n"), bytes("\u2028"), bytes("\u0085"), bytes("\u001b[2J"),
            bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes(": "), bytes("- "), bytes(", "), bytes("'"),
            bytes("\""), bytes("#"), bytes("? "), bytes("|"), bytes(">-"), bytes("---\n"), bytes("...\n"),
            bytes("%YAML 1.2\n"), bytes("&a "), bytes("*a "), bytes("<<: *a\n"), bytes("!Ref "), bytes("!GetAtt "),
            bytes("!Sub '${"), bytes("!If [Undefined] "), bytes("!Select [99, []] "), bytes("!Reff "),
            bytes("!!java.lang.Runtime "), bytes("!!python/object:os.system "), bytes("!<!Ref> "), bytes("!!str "),
            bytes("!!map "), bytes("Fn::GetAtt: x\n"), bytes("Ref: [a, b]\n"), bytes("Type: AWS::Lambda::Function\n"),
            bytes("Properties: 5\n"), bytes("Resources: []\n"), bytes("~"), bytes("null"), bytes("1e400"),
            bytes("\uD83D\uDE00"), bytes("\"\\uD800\""), bytes("x".repeat(2000)));

    record ByteEdit(ByteEditKind kind, double where, double where2, int length, int fragment) {
    }

    static byte[] apply(byte[] original, List<ByteEdit> edits) {
        byte[] bytes = original;
        for (ByteEdit edit : edits) {
            bytes = apply(bytes, edit);
        }
        return bytes;
    }

    private static byte[] apply(byte[] bytes, ByteEdit edit) {
        int at = (int) (edit.where() * bytes.length);
        int end = Math.min(bytes.length, at + edit.length());
        return switch (edit.kind()) {
            case TRUNCATE -> slice(bytes, 0, at);
            case DELETE -> join(slice(bytes, 0, at), slice(bytes, end, bytes.length));
            case DUPLICATE -> join(slice(bytes, 0, end), slice(bytes, at, bytes.length));
            case INSERT -> join(slice(bytes, 0, at), FRAGMENTS.get(edit.fragment() % FRAGMENTS.size()),
                    slice(bytes, at, bytes.length));
            case SWAP_LINES -> swapLines(bytes, edit.where(), edit.where2());
            case INDENT -> join(slice(bytes, 0, lineStart(bytes, at)), bytes(" ".repeat(edit.length() % 7)),
                    slice(bytes, lineStart(bytes, at), bytes.length));
        };
    }

    private static byte[] swapLines(byte[] bytes, double first, double second) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = (int) (first * lines.size());
        int b = (int) (second * lines.size());
        String kept = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, kept);
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int lineStart(byte[] bytes, int at) {
        int start = Math.min(at, bytes.length);
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, Math.min(from, bytes.length), Math.min(Math.max(from, to),
                bytes.length));
    }

    private static byte[] join(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- tree edits ------------------------------------------------------------------------------

    enum TreeEditKind { DROP, DUPLICATE, WRONG_INTRINSIC, SCALAR_TO_LIST, TO_SCALAR, MAP_TO_LIST, REORDER, GRAFT,
        RENAME_KEY, DEEPEN }

    /** Intrinsic functions with the wrong arity or argument types, and references that go nowhere. */
    static final List<String> WRONG_INTRINSICS = List.of(
            "{\"Fn::GetAtt\": \"NoDot\"}", "{\"Fn::GetAtt\": []}", "{\"Fn::GetAtt\": [\"A\", \"B\", \"C\"]}",
            "{\"Fn::Select\": [99, []]}", "{\"Fn::Select\": [-1, [1]]}", "{\"Fn::Select\": [\"x\", \"y\"]}",
            "{\"Fn::Sub\": \"${\"}", "{\"Fn::Sub\": \"${Missing.Arn} ${!x} ${\"}", "{\"Fn::Sub\": [\"${a}\"]}",
            "{\"Fn::If\": [\"Undefined\", 1]}", "{\"Fn::If\": [\"Undefined\", 1, 2]}", "{\"Fn::If\": 5}",
            "{\"Ref\": [\"a\", \"b\"]}", "{\"Ref\": {\"Ref\": \"X\"}}", "{\"Ref\": \"AWS::NoValue\"}",
            "{\"Fn::Join\": [\",\"]}", "{\"Fn::Join\": [[], []]}", "{\"Fn::Split\": [\"\", \"x\"]}",
            "{\"Fn::FindInMap\": [\"M\"]}", "{\"Fn::FindInMap\": [\"M\", {\"Ref\": \"AWS::Region\"}, \"k\"]}",
            "{\"Fn::ImportValue\": {\"a\": 1}}", "{\"Fn::GetAZs\": [1]}", "{\"Fn::Cidr\": [1]}",
            "{\"Fn::Length\": 3}", "{\"Fn::Base64\": []}", "{\"Fn::Transform\": 1}", "{\"Condition\": [1]}",
            "{\"Fn::Equals\": [1]}", "{\"Fn::Not\": []}", "{\"Fn::And\": []}", "{\"Fn::Or\": [\"x\"]}",
            "{\"Ref\": \"%s\"}", "{\"Fn::GetAtt\": [\"%s\", \"Arn\"]}", "{\"Fn::Sub\": \"${%s.Arn}\"}");

    static final List<String> KEY_RENAMES = List.of("1", "true", "null", "", "Ref", "Fn::If", "Fn::GetAtt",
            "Condition", "Type", "Properties", "<<", "Resources", "K".repeat(300), "\u00e9\u4e2d\uD83D\uDE00");

    record TreeEdit(TreeEditKind kind, double where, double where2, int choice) {
    }

    static Node apply(Node root, List<TreeEdit> edits) {
        Node node = root;
        for (TreeEdit edit : edits) {
            int size = count(node);
            Node graft = nth(node, (int) (edit.where2() * size)).orElse(node);
            node = new Editor(edit, (int) (edit.where() * size), graft).edit(node).orElse(
                    new MapNode(List.of(), Position.START));
        }
        return node;
    }

    private static int count(Node node) {
        if (node instanceof MapNode map) {
            return 1 + map.entries().stream().mapToInt(e -> count(e.value())).sum();
        }
        if (node instanceof ListNode list) {
            return 1 + list.items().stream().mapToInt(Mutations::count).sum();
        }
        return 1;
    }

    private static Optional<Node> nth(Node node, int index) {
        int[] counter = {index};
        return find(node, counter);
    }

    private static Optional<Node> find(Node node, int[] counter) {
        if (counter[0]-- == 0) {
            return Optional.of(node);
        }
        List<Node> children = node instanceof MapNode map ? map.entries().stream().map(MapNode.Entry::value).toList()
                : node instanceof ListNode list ? list.items() : List.of();
        for (Node child : children) {
            Optional<Node> found = find(child, counter);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Applies one edit to the node with the given pre-order index. */
    private static final class Editor {
        private final TreeEdit edit;
        private final Node graft;
        private int remaining;

        Editor(TreeEdit edit, int index, Node graft) {
            this.edit = edit;
            this.remaining = index;
            this.graft = graft;
        }

        /** The edited node, or empty when the edit drops it. */
        Optional<Node> edit(Node node) {
            if (remaining-- == 0) {
                return change(node);
            }
            if (node instanceof MapNode map) {
                List<MapNode.Entry> entries = new ArrayList<>();
                for (MapNode.Entry entry : map.entries()) {
                    boolean target = remaining == 0;
                    Optional<Node> value = edit(entry.value());
                    if (value.isEmpty()) {
                        continue;
                    }
                    ScalarNode key = entry.key();
                    if (target && edit.kind() == TreeEditKind.RENAME_KEY) {
                        key = ScalarNode.string(KEY_RENAMES.get(edit.choice() % KEY_RENAMES.size()), key.position());
                    }
                    entries.add(new MapNode.Entry(key, value.get()));
                    if (target && edit.kind() == TreeEditKind.DUPLICATE) {
                        String name = edit.choice() % 2 == 0 ? key.text() : key.text() + "Copy";
                        entries.add(new MapNode.Entry(ScalarNode.string(name, key.position()), value.get()));
                    }
                }
                return Optional.of(new MapNode(entries, map.position()));
            }
            if (node instanceof ListNode list) {
                List<Node> items = new ArrayList<>();
                for (Node item : list.items()) {
                    boolean target = remaining == 0;
                    Optional<Node> value = edit(item);
                    value.ifPresent(items::add);
                    if (target && value.isPresent() && edit.kind() == TreeEditKind.DUPLICATE) {
                        items.add(value.get());
                    }
                }
                return Optional.of(new ListNode(items, list.position()));
            }
            return Optional.of(node);
        }

        private Optional<Node> change(Node node) {
            Position at = node.position();
            return switch (edit.kind()) {
                case DROP -> Optional.empty();
                case DUPLICATE, RENAME_KEY -> Optional.of(node);
                case WRONG_INTRINSIC -> Optional.of(Json.parse(String.format(
                        WRONG_INTRINSICS.get(edit.choice() % WRONG_INTRINSICS.size()), someName(node))));
                case SCALAR_TO_LIST -> Optional.of(new ListNode(List.of(node, node), at));
                case TO_SCALAR -> Optional.of(edit.choice() % 2 == 0 ? new ScalarNode("", ScalarNode.ScalarType.NULL, at)
                        : ScalarNode.string("scalar", at));
                case MAP_TO_LIST -> Optional.of(node instanceof MapNode map
                        ? new ListNode(map.entries().stream().map(MapNode.Entry::value).toList(), at)
                        : new MapNode(List.of(new MapNode.Entry(ScalarNode.string("Key", at), node)), at));
                case REORDER -> Optional.of(reversed(node));
                case GRAFT -> Optional.of(graft);
                case DEEPEN -> Optional.of(deepen(node, 1 + edit.choice() % 120));
            };
        }

        private static String someName(Node node) {
            return node instanceof ScalarNode scalar ? scalar.text().replaceAll("[\"\\\\\\p{Cntrl}]", "") : "Missing";
        }

        private static Node reversed(Node node) {
            if (node instanceof MapNode map) {
                List<MapNode.Entry> entries = new ArrayList<>(map.entries());
                java.util.Collections.reverse(entries);
                return new MapNode(entries, map.position());
            }
            if (node instanceof ListNode list) {
                List<Node> items = new ArrayList<>(list.items());
                java.util.Collections.reverse(items);
                return new ListNode(items, list.position());
            }
            return node;
        }

        /** Wraps a node in nested intrinsic functions (Fn::Join and Fn::If), deep enough to hit limits. */
        private static Node deepen(Node node, int levels) {
            Node current = node;
            for (int i = 0; i < levels; i++) {
                Position at = node.position();
                Node argument = i % 2 == 0
                        ? new ListNode(List.of(ScalarNode.string("", at), new ListNode(List.of(current), at)), at)
                        : new ListNode(List.of(ScalarNode.string("Cond" + i, at), current, ScalarNode.string("b", at)),
                                at);
                String name = i % 2 == 0 ? "Fn::Join" : "Fn::If";
                current = new MapNode(List.of(new MapNode.Entry(ScalarNode.string(name, at), argument)), at);
            }
            return current;
        }
    }
}
