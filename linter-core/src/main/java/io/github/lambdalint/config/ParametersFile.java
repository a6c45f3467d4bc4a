package io.github.lambdalint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.TemplateParser;

/**
 * A file of parameter values ({@code --parameters-file}) in one of the shapes deploy tools keep
 * them: the CloudFormation CLI's {@code [{"ParameterKey": K, "ParameterValue": V}]}, CodePipeline's
 * template configuration {@code {"Parameters": {K: V}}}, a JSON list of SAM's {@code "K=V"}
 * strings, or plain text in SAM's {@code K=V K2="v 2"} shorthand. Anything else is a mistake
 * reported with its line: the user named this file, so nothing in it is silently dropped.
 */
public final class ParametersFile {

    private static final String SHAPES = "expected [{\"ParameterKey\": …, \"ParameterValue\": …}], "
            + "{\"Parameters\": {…}}, [\"Key=Value\", …] or Key=Value text";

    private ParametersFile() {
    }

    public static ParameterOverrides read(Path file) throws IOException, ConfigProblems {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return read(bytes);
        } catch (Mistake e) {
            throw new ConfigProblems(List.of(e.problem));
        }
    }

    /** One mistake; unchecked so the readers below can throw it from anywhere. */
    private static final class Mistake extends RuntimeException {
        private final transient ConfigProblem problem;

        Mistake(ConfigProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static ParameterOverrides read(byte[] bytes) {
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(bytes);
        Optional<Node> root = parsed.root();
        if (!parsed.problems().isEmpty() || root.isEmpty() || root.get() instanceof ScalarNode) {
            // Not JSON or YAML structure: SAM's shorthand, one or more K=V per line.
            ParameterOverrides text = ParameterOverrides.parse(
                    new String(bytes, StandardCharsets.UTF_8).lines().toList());
            if (text.values().isEmpty() || !text.malformed().isEmpty()) {
                throw problem(Position.START, "not a parameters file: " + SHAPES);
            }
            return text;
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (root.get() instanceof MapNode map) {
            MapNode parameters = map.getMap("Parameters")
                    .orElseThrow(() -> problem(map.position(), "no Parameters object: " + SHAPES));
            for (MapNode.Entry entry : parameters.entries()) {
                values.put(entry.name(), scalar(entry.value(), entry.name()));
            }
            return new ParameterOverrides(values, List.of());
        }
        List<String> pairs = new ArrayList<>();
        for (Node item : ((ListNode) root.get()).items()) {
            if (item instanceof ScalarNode pair) {
                pairs.add(pair.text());
            } else if (item instanceof MapNode entry) {
                String key = entry.getText("ParameterKey")
                        .orElseThrow(() -> problem(entry.position(), "no ParameterKey: " + SHAPES));
                values.put(key, scalar(entry.get("ParameterValue")
                        .orElseThrow(() -> problem(entry.position(), "no ParameterValue for " + key)), key));
            } else {
                throw problem(item.position(), "a list inside the list: " + SHAPES);
            }
        }
        ParameterOverrides shorthand = ParameterOverrides.parse(pairs);
        if (!shorthand.malformed().isEmpty()) {
            throw problem(Position.START, "'" + shorthand.malformed().get(0) + "' is not Key=Value");
        }
        values.putAll(shorthand.values());
        return new ParameterOverrides(values, List.of());
    }

    private static String scalar(Node value, String name) {
        if (value instanceof ScalarNode scalar) {
            return scalar.text();
        }
        if (value instanceof ListNode list && list.items().stream().allMatch(ScalarNode.class::isInstance)) {
            return String.join(",", list.items().stream().map(n -> ((ScalarNode) n).text()).toList());
        }
        throw problem(value.position(), "the value of " + name + " is not text");
    }

    private static Mistake problem(Position position, String message) {
        return new Mistake(new ConfigProblem(position, message));
    }
}
