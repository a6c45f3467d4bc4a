package io.github.lambdalint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a parsed document is a template and splits it into sections. Structural
 * mistakes that CloudFormation would reject become problems; the rest of the template is kept.
 */
public final class TemplateReader {

    /** The outcome: a template (with any problems found in it), or the reason it is none. */
    public sealed interface Outcome {
        record Read(Template template, List<ParseProblem> problems) implements Outcome {
            public Read {
                problems = List.copyOf(problems);
            }
        }

        record NotATemplate(String reason, Position position) implements Outcome {
        }
    }

    private static final List<String> TEMPLATE_KEYS =
            List.of("Resources", "AWSTemplateFormatVersion", "Transform");

    private final ParseLimits limits;

    public TemplateReader(ParseLimits limits) {
        this.limits = limits;
    }

    public Outcome read(Node root) {
        if (!(root instanceof MapNode map)) {
            return new Outcome.NotATemplate("the document is " + root.kindName()
                    + ", not a mapping with Resources", root.position());
        }
        if (TEMPLATE_KEYS.stream().noneMatch(key -> map.get(key).isPresent())) {
            return new Outcome.NotATemplate(
                    "the document has no Resources, AWSTemplateFormatVersion or Transform", root.position());
        }
        List<ParseProblem> problems = new ArrayList<>();
        Map<String, Resource> resources = readResources(map, problems);
        return new Outcome.Read(new Template(map, resources, readParameters(map, problems),
                section(map, "Mappings", problems), section(map, "Conditions", problems),
                optionalSection(map, "Globals", problems), optionalSection(map, "Rules", problems),
                isServerless(map)), problems);
    }

    private Map<String, Resource> readResources(MapNode root, List<ParseProblem> problems) {
        Map<String, Resource> resources = new HashMap<>();
        Optional<Node> section = root.get("Resources");
        if (section.isEmpty()) {
            return resources;
        }
        if (!(section.get() instanceof MapNode map)) {
            problems.add(new ParseProblem("Resources must be a mapping of logical ids to resources, not "
                    + section.get().kindName(), section.get().position()));
            return resources;
        }
        for (MapNode.Entry entry : map.entries()) {
            if (resources.size() == limits.maxResources()) {
                problems.add(new ParseProblem("more than " + limits.maxResources()
                        + " resources; the rest of the template is not checked", entry.key().position()));
                break;
            }
            if (entry.name().startsWith("Fn::ForEach::") || entry.name().equals("Fn::Transform")) {
                // AWS::LanguageExtensions loops expand, and AWS::Include snippets are inserted, at deploy time:
                // neither is a resource yet, and what they will declare is not known here.
                continue;
            }
            readResource(entry, problems).ifPresent(r -> resources.put(r.logicalId(), r));
        }
        return resources;
    }

    private static Optional<Resource> readResource(MapNode.Entry entry, List<ParseProblem> problems) {
        String logicalId = entry.name();
        if (!(entry.value() instanceof MapNode declaration)) {
            problems.add(new ParseProblem("resource " + Excerpt.of(logicalId)
                    + " must be a mapping with Type and Properties, not " + entry.value().kindName(),
                    entry.value().position()));
            return Optional.empty();
        }
        Optional<Node> type = declaration.get("Type");
        if (type.isEmpty()) {
            problems.add(new ParseProblem("resource " + Excerpt.of(logicalId) + " has no Type",
                    entry.key().position()));
            return Optional.empty();
        }
        if (isPreprocessorDirective(type.get())) {
            // Type: !Rain::Module url — rain pkg expands it into resources of its own; already reported.
            return Optional.empty();
        }
        if (!(type.get() instanceof ScalarNode typeName) || typeName.isNull()) {
            problems.add(new ParseProblem("the Type of resource " + Excerpt.of(logicalId) + " must be a string, not "
                    + type.get().kindName(), type.get().position()));
            return Optional.empty();
        }
        MapNode properties = new MapNode(List.of(), declaration.position());
        Optional<Node> props = declaration.get("Properties");
        if (props.isPresent()) {
            if (props.get() instanceof MapNode map) {
                properties = map;
            } else if (!(props.get() instanceof ScalarNode scalar && scalar.isNull())) {
                problems.add(new ParseProblem("the Properties of resource " + Excerpt.of(logicalId)
                        + " must be a mapping, not " + props.get().kindName(), props.get().position()));
            }
        }
        return Optional.of(new Resource(logicalId, typeName.text(), properties, declaration,
                entry.key().position(), declaration.getText("Condition"), dependsOn(declaration)));
    }

    private static boolean isPreprocessorDirective(Node node) {
        return node instanceof MapNode map && map.singleEntry()
                .filter(e -> PreprocessorDirectives.isDirectiveKey(e.name())).isPresent();
    }

    private static List<String> dependsOn(MapNode declaration) {
        Optional<Node> node = declaration.get("DependsOn");
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return List.of(scalar.text());
        }
        if (node.get() instanceof ListNode list) {
            return list.items().stream().filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).text()).toList();
        }
        return List.of();
    }

    private static Map<String, Parameter> readParameters(MapNode root, List<ParseProblem> problems) {
        Map<String, Parameter> parameters = new HashMap<>();
        Optional<MapNode> section = optionalSection(root, "Parameters", problems);
        if (section.isEmpty()) {
            return parameters;
        }
        for (MapNode.Entry entry : section.get().entries()) {
            if (entry.value() instanceof MapNode declaration) {
                String type = declaration.getText("Type").orElse("String");
                parameters.put(entry.name(), new Parameter(entry.name(), type, declaration.get("Default"),
                        entry.key().position()));
            } else {
                problems.add(new ParseProblem("parameter " + Excerpt.of(entry.name())
                        + " must be a mapping with a Type, not " + entry.value().kindName(), entry.value().position()));
            }
        }
        return parameters;
    }

    private static MapNode section(MapNode root, String name, List<ParseProblem> problems) {
        return optionalSection(root, name, problems).orElse(new MapNode(List.of(), root.position()));
    }

    private static Optional<MapNode> optionalSection(MapNode root, String name, List<ParseProblem> problems) {
        Optional<Node> node = root.get(name);
        if (node.isEmpty() || node.get() instanceof ScalarNode scalar && scalar.isNull()) {
            return Optional.empty();
        }
        if (node.get() instanceof MapNode map) {
            return Optional.of(map);
        }
        problems.add(new ParseProblem(name + " must be a mapping, not " + node.get().kindName(),
                node.get().position()));
        return Optional.empty();
    }

    private static boolean isServerless(MapNode root) {
        Optional<Node> transform = root.get("Transform");
        if (transform.isEmpty()) {
            return false;
        }
        if (transform.get() instanceof ScalarNode scalar) {
            return scalar.text().equals(Template.SAM_TRANSFORM);
        }
        if (transform.get() instanceof ListNode list) {
            return list.items().stream().anyMatch(n -> n instanceof ScalarNode s
                    && s.text().equals(Template.SAM_TRANSFORM));
        }
        return false;
    }
}
