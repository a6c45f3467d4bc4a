package io.github.lambdalint.rules.hostile;

import java.nio.charset.StandardCharsets;

import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.NodeJson;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.TemplateParser;

/** Writes a node tree as indented JSON ({@link NodeJson}), and reads it back. */
final class Json {

    private Json() {
    }

    static Node parse(String json) {
        return new TemplateParser(ParseLimits.DEFAULT).parse(json.getBytes(StandardCharsets.UTF_8)).root()
                .orElseThrow(() -> new IllegalArgumentException("not JSON: " + json));
    }

    static String write(Node node) {
        return NodeJson.write(node);
    }
}
