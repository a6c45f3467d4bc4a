package io.github.lambdalint.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ScalarNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates the configuration against its JSON Schema and words each error for a person: what
 * is wrong, what is allowed, and where (the schema library finds the error; the message and
 * the line are ours).
 */
final class SchemaProblems {

    private final Node root;

    SchemaProblems(Node root) {
        this.root = root;
    }

    List<ConfigProblem> find() {
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigSchema schema = ConfigSchema.instance();
        for (Error error : schema.validate(toJson(root))) {
            Node at = nodeAt(error.getInstanceLocation()).orElse(root);
            problems.add(describe(error, at, schema.document()));
        }
        problems.sort(java.util.Comparator.comparing(ConfigProblem::position));
        return problems;
    }

    private ConfigProblem describe(Error error, Node at, JsonNode schema) {
        String where = location(error.getInstanceLocation());
        String property = error.getProperty();
        boolean inPropertyNames = error.getEvaluationPath().toString().contains("propertyNames");
        switch (error.getKeyword()) {
            case "additionalProperties": {
                Node key = keyNode(at, property).orElse(at);
                List<String> allowed = allowedKeys(schema, error.getEvaluationPath());
                return new ConfigProblem(key.position(), "unknown key '" + property + "'" + where
                        + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed)));
            }
            case "required":
                return new ConfigProblem(at.position(), "missing '" + property + "'" + where);
            case "enum":
                return new ConfigProblem(at.position(), quote(at) + where + " must be one of: "
                        + join(error.getSchemaNode()));
            case "type":
                return new ConfigProblem(at.position(), where.isEmpty() ? "the configuration must be a mapping"
                        : where.substring(4) + " must be " + typeNames(error.getSchemaNode()) + ", not " + at.kindName());
            case "propertyNames":
            case "pattern":
                if (inPropertyNames || error.getKeyword().equals("propertyNames")) {
                    String name = property != null ? property : error.getInstanceNode().asString();
                    Node key = keyNode(at, name).orElse(at);
                    return new ConfigProblem(key.position(), "'" + name + "'" + where
                            + " is not a rule id (rule ids look like LL104)");
                }
                return new ConfigProblem(at.position(), quote(at) + where + " is not valid here"
                        + (where.endsWith("region") ? " (a region looks like eu-west-1)" : ""));
            case "minLength":
                return new ConfigProblem(at.position(), where.substring(Math.min(4, where.length())) + " must not be empty");
            case "minimum":
                return new ConfigProblem(at.position(), where.substring(Math.min(4, where.length()))
                        + " must be at least " + error.getSchemaNode().asString());
            case "maximum":
                return new ConfigProblem(at.position(), where.substring(Math.min(4, where.length()))
                        + " must be at most " + error.getSchemaNode().asString());
            default:
                return new ConfigProblem(at.position(), error.getMessage());
        }
    }

    private static String quote(Node node) {
        return node instanceof ScalarNode scalar ? "'" + scalar.text() + "'" : node.kindName();
    }

    /** " in network.subnets.subnet-1" for a nested place; empty at the top level. */
    private static String location(NodePath path) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index + 1).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(element);
            }
        }
        return text.length() == 0 ? "" : " in " + text;
    }

    private static String join(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asString()));
        return String.join(", ", names);
    }

    private static String typeNames(JsonNode type) {
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(article(t.asString())));
            return String.join(" or ", names);
        }
        return article(type.asString());
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> "a " + type;
        };
    }

    /** The keys the schema object around a failing {@code additionalProperties} allows. */
    private static List<String> allowedKeys(JsonNode schema, NodePath evaluationPath) {
        JsonNode node = schema;
        for (int i = 0; i < evaluationPath.getNameCount() - 1 && node != null; i++) {
            Object element = evaluationPath.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(element.toString());
        }
        List<String> keys = new ArrayList<>();
        if (node != null && node.get("properties") != null) {
            Iterator<String> names = node.get("properties").propertyNames().iterator();
            names.forEachRemaining(keys::add);
        }
        return keys;
    }

    private Optional<Node> nodeAt(NodePath path) {
        Node node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index && node instanceof ListNode list && index < list.items().size()) {
                node = list.items().get(index);
            } else if (node instanceof MapNode map && map.get(element.toString()).isPresent()) {
                node = map.get(element.toString()).get();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private static Optional<Node> keyNode(Node map, String key) {
        return map instanceof MapNode m && key != null ? m.entry(key).map(MapNode.Entry::key) : Optional.empty();
    }

    static JsonNode toJson(Node node) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (node instanceof MapNode map) {
            ObjectNode object = factory.objectNode();
            map.entries().forEach(e -> object.set(e.name(), toJson(e.value())));
            return object;
        }
        if (node instanceof ListNode list) {
            ArrayNode array = factory.arrayNode();
            list.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        switch (scalar.type()) {
            case INTEGER:
                try {
                    return factory.numberNode(new java.math.BigInteger(scalar.text().replace("_", "")));
                } catch (NumberFormatException e) {
                    return factory.stringNode(scalar.text());
                }
            case FLOAT:
                try {
                    return factory.numberNode(new java.math.BigDecimal(scalar.text()));
                } catch (NumberFormatException e) {
                    return factory.stringNode(scalar.text());
                }
            case BOOLEAN:
                return factory.booleanNode(Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT)));
            case NULL:
                return factory.nullNode();
            default:
                return factory.stringNode(scalar.text());
        }
    }
}
