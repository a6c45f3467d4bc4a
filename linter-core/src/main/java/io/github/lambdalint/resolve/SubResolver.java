package io.github.lambdalint.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ScalarNode;

/** {@code Fn::Sub} in its string and list forms, with {@code ${Res.Attr}} and {@code ${!Literal}}. */
final class SubResolver {

    private final Resolver resolver;

    SubResolver(Resolver resolver) {
        this.resolver = resolver;
    }

    Value sub(Node argument, Node call) {
        Node body = argument;
        Map<String, Node> variables = Map.of();
        if (argument instanceof ListNode list) {
            if (list.items().size() != 2 || !(list.items().get(1) instanceof MapNode map)) {
                return new Value.Unknown("Fn::Sub in list form needs a string and a map of variables", call);
            }
            body = list.items().get(0);
            variables = new java.util.HashMap<>();
            for (MapNode.Entry entry : map.entries()) {
                variables.put(entry.name(), entry.value());
            }
        }
        Value template = resolver.resolve(body);
        if (!(template instanceof Value.Text text)) {
            if (body instanceof ScalarNode) {
                return template; // a dynamic reference
            }
            return new Value.Unknown("the string of Fn::Sub is not known statically", call);
        }
        return substitute(text.text(), variables, call);
    }

    private Value substitute(String text, Map<String, Node> variables, Node call) {
        List<Value> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            if (start < 0) {
                literal.append(text, i, text.length());
                break;
            }
            literal.append(text, i, start);
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                return new Value.Unknown("Fn::Sub has a ${ with no closing }", call);
            }
            String name = text.substring(start + 2, end);
            if (name.startsWith("!")) {
                literal.append("${").append(name, 1, name.length()).append('}');
            } else {
                if (literal.length() > 0) {
                    parts.add(new Value.Text(literal.toString(), call));
                    literal.setLength(0);
                }
                parts.add(variable(name.strip(), variables, call));
            }
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Value.Text(literal.toString(), call));
        }
        return Strings.concat(parts, call);
    }

    private Value variable(String name, Map<String, Node> variables, Node call) {
        Node given = variables.get(name);
        if (given != null) {
            return resolver.resolve(given);
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")
                && resolver.template().resources().containsKey(name.substring(0, dot))) {
            return resolver.attribute(name.substring(0, dot), name.substring(dot + 1), call);
        }
        return resolver.refName(name, call);
    }
}
