package io.github.lambdalint.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.Resolver;
import io.github.lambdalint.resolve.StackSet;
import io.github.lambdalint.resolve.Value;

/**
 * The nested stacks of the run's templates whose template is a local file: an
 * {@code AWS::CloudFormation::Stack} with a {@code TemplateURL}, or an
 * {@code AWS::Serverless::Application} with a {@code Location}, that is a path (relative to the
 * parent template) rather than an https:// or s3:// URL. Such a child is linted as part of the run,
 * even when only its parent was named, with the parameter values its parent passes. Remote templates
 * are never fetched: their outputs stay unknown.
 */
final class NestedStacks {

    /** A nested stack of a parent template: its logical id, where its template is, and the parameters it is given. */
    record Child(String logicalId, Path template, Map<String, String> parameters) {
    }

    /** A parsed template of the run and its nested stacks with local templates, found once ({@link #of}). */
    record Parent(FileLinter.Read.Parsed template, List<Child> children) {
        Parent {
            children = List.copyOf(children);
        }
    }

    private NestedStacks() {
    }

    /** The nested stacks of a parent whose template is a local file, in template order. */
    static List<Child> of(FileLinter.Read.Parsed parent) {
        List<Child> children = new ArrayList<>();
        Resolver own = new Resolver(parent.template(), parent.deployment());
        for (Resource resource : parent.template().resourcesInOrder()) {
            Optional<String> location = switch (resource.type()) {
                case "AWS::CloudFormation::Stack" -> resource.property("TemplateURL").map(own::resolve)
                        .flatMap(Value::literalText);
                case "AWS::Serverless::Application" -> resource.property("Location").map(own::resolve)
                        .flatMap(Value::literalText); // a mapping names a Serverless Application Repository app
                default -> Optional.empty();
            };
            Optional<Path> local = location.filter(NestedStacks::isLocal).flatMap(l -> path(parent.path(), l));
            if (local.isEmpty()) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            resource.property("Parameters").map(own::resolve).flatMap(Value::asMap).ifPresent(given ->
                    given.entries().forEach((name, value) -> literal(value).ifPresent(v -> parameters.put(name, v))));
            children.add(new Child(resource.logicalId(), local.get(), parameters));
        }
        return children;
    }

    /** A list parameter (CommaDelimitedList, List of ids) is passed as its items joined by commas. */
    private static Optional<String> literal(Value value) {
        if (value instanceof Value.ListValue list) {
            List<String> items = new ArrayList<>();
            for (Value item : list.items()) {
                Optional<String> text = item.literalText();
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                items.add(text.get());
            }
            return Optional.of(String.join(",", items));
        }
        return value.literalText();
    }

    private static boolean isLocal(String location) {
        return !location.contains("://") && !location.startsWith("s3:") && !location.isBlank();
    }

    private static Optional<Path> path(Path parent, String location) {
        try {
            Path directory = parent.toAbsolutePath().getParent();
            return Optional.of(directory.resolve(location).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The stacks of the run: every parsed template, each child deployed by a parent of the run with
     * the parent's region and the parameters the parent gives it (the first parent in path order,
     * when several nest one template), and each parent knowing its children by logical id.
     */
    static List<StackSet.Stack> stacks(List<Parent> parsed) {
        Map<Path, FileLinter.Read.Parsed> byPath = new LinkedHashMap<>();
        parsed.forEach(p -> byPath.putIfAbsent(p.template().path().toAbsolutePath().normalize(), p.template()));
        Map<Path, Deployment> givenByParent = new HashMap<>();
        Map<String, Map<String, String>> nested = new HashMap<>();
        for (Parent found : parsed) {
            FileLinter.Read.Parsed parent = found.template();
            for (Child child : found.children()) {
                FileLinter.Read.Parsed template = byPath.get(child.template());
                if (template == null) {
                    continue;
                }
                nested.computeIfAbsent(parent.file(), k -> new HashMap<>()).put(child.logicalId(), template.file());
                givenByParent.putIfAbsent(child.template(), parent.deployment().withStackName(Optional.empty())
                        .withParameters(child.parameters(), "the Parameters of stack " + child.logicalId() + " in "
                                + parent.file()));
            }
        }
        return byPath.entrySet().stream()
                .map(e -> new StackSet.Stack(e.getValue().file(), e.getValue().template(),
                        givenByParent.getOrDefault(e.getKey(), e.getValue().deployment()),
                        nested.getOrDefault(e.getValue().file(), Map.of())))
                .toList();
    }
}
