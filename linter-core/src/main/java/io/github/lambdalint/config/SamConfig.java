package io.github.lambdalint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseProblem;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.TemplateParser;

/**
 * What SAM CLI would deploy a template with, from the {@code samconfig.toml} beside it (else
 * {@code samconfig.yaml}/{@code .yml}): {@code stack_name}, {@code region} and
 * {@code parameter_overrides} of one environment ({@code --config-env}, by default
 * {@code default}), each read from {@code [ENV.deploy.parameters]}, else
 * {@code [ENV.global.parameters]}, as SAM CLI does for {@code sam deploy}. A file that cannot be
 * read, a YAML file that cannot be parsed (a syntax error, a tag such as {@code !!python/object}: no
 * tag ever builds an object) or one over the size limit gives nothing and a {@link Problem}, which
 * the engine reports instead of ignoring the file silently.
 */
public final class SamConfig {

    /** SAM CLI's environment when {@code --config-env} is not given. */
    public static final String DEFAULT_ENVIRONMENT = "default";

    /** The commands whose parameters {@code sam deploy} reads, the first winning. */
    private static final List<String> COMMANDS = List.of("deploy", "global");

    private static final List<String> FILE_NAMES = List.of("samconfig.toml", "samconfig.yaml", "samconfig.yml");

    /** A samconfig file is a few lines; a bigger one is not one. */
    private static final long MAX_BYTES = 1024 * 1024;

    /**
     * What one samconfig file says for one environment.
     *
     * @param parameters      {@code parameter_overrides}, read with SAM CLI's shorthand (string or list form)
     * @param hasEnvironment  whether the file has any table of the environment asked for
     */
    public record Deploy(Path file, Optional<String> stackName, Optional<String> region,
                         ParameterOverrides parameters, boolean hasEnvironment) {
    }

    /** Why a samconfig file beside a template gave nothing although it exists. */
    public record Problem(Path file, Position position, String message) {
    }

    /** What the samconfig file beside a template says, a problem with it, or neither. */
    public record Lookup(Optional<Deploy> deploy, Optional<Problem> problem) {
        public static final Lookup NOTHING = new Lookup(Optional.empty(), Optional.empty());

        static Lookup problem(Path file, Position position, String message) {
            return new Lookup(Optional.empty(), Optional.of(new Problem(file, position, message)));
        }
    }

    private SamConfig() {
    }

    /** What the samconfig file beside the template says. */
    public static Lookup beside(Path template, String environment) {
        Path directory = template.toAbsolutePath().getParent();
        return directory == null ? Lookup.NOTHING : in(directory, environment);
    }

    /** What the samconfig file of the directory says; a run asks once per directory. */
    public static Lookup in(Path directory, String environment) {
        for (String name : FILE_NAMES) {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                if (Files.size(file) > MAX_BYTES) {
                    return Lookup.problem(file, Position.START, "is larger than " + MAX_BYTES
                            + " bytes, so it is not read");
                }
                byte[] bytes = Files.readAllBytes(file);
                if (name.endsWith(".toml")) {
                    return found(file, Toml.tables(StandardCharsets.UTF_8.newDecoder()
                            .decode(java.nio.ByteBuffer.wrap(bytes)).toString()), environment);
                }
                ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(bytes);
                if (parsed.root().isEmpty() && !parsed.problems().isEmpty()) {
                    ParseProblem first = parsed.problems().get(0);
                    return Lookup.problem(file, first.position(), "cannot be read: " + first.message());
                }
                return found(file, yamlTables(parsed.root()), environment);
            } catch (java.nio.charset.CharacterCodingException e) {
                // A samconfig.toml that is not UTF-8: nothing is guessed from it.
                return Lookup.problem(file, Position.START, "cannot be read: it is not UTF-8 text");
            } catch (IOException e) {
                // It exists (checked above), so permission is what usually stands in the way.
                return Lookup.problem(file, Position.START, "cannot be read: "
                        + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
            }
        }
        return Lookup.NOTHING;
    }

    private static Lookup found(Path file, Map<String, Map<String, List<String>>> tables, String environment) {
        return new Lookup(Optional.of(deploy(file, tables, environment)), Optional.empty());
    }

    private static Deploy deploy(Path file, Map<String, Map<String, List<String>>> tables, String environment) {
        return new Deploy(file, first(tables, environment, "stack_name"), first(tables, environment, "region"),
                ParameterOverrides.parse(setting(tables, environment, "parameter_overrides").orElse(List.of())),
                tables.keySet().stream().anyMatch(table -> table.startsWith(environment + ".")));
    }

    private static Optional<String> first(Map<String, Map<String, List<String>>> tables, String environment,
                                          String key) {
        return setting(tables, environment, key).filter(v -> v.size() == 1).map(v -> v.get(0).strip())
                .filter(v -> !v.isEmpty());
    }

    private static Optional<List<String>> setting(Map<String, Map<String, List<String>>> tables, String environment,
                                                  String key) {
        for (String command : COMMANDS) {
            List<String> value = tables.getOrDefault(environment + "." + command + ".parameters", Map.of()).get(key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The same tables from {@code samconfig.yaml}: {@code ENV: {COMMAND: {parameters: {...}}}}. */
    private static Map<String, Map<String, List<String>>> yamlTables(Optional<Node> root) {
        Map<String, Map<String, List<String>>> tables = new HashMap<>();
        if (root.isEmpty() || !(root.get() instanceof MapNode environments)) {
            return tables;
        }
        for (MapNode.Entry environment : environments.entries()) {
            if (!(environment.value() instanceof MapNode commands)) {
                continue;
            }
            for (MapNode.Entry command : commands.entries()) {
                if (!(command.value() instanceof MapNode sections)
                        || !(sections.get("parameters").orElse(null) instanceof MapNode parameters)) {
                    continue;
                }
                Map<String, List<String>> table = new HashMap<>();
                for (MapNode.Entry setting : parameters.entries()) {
                    if (setting.value() instanceof ScalarNode scalar) {
                        table.put(setting.name(), List.of(scalar.text()));
                    } else if (setting.value() instanceof ListNode list) {
                        table.put(setting.name(), list.items().stream().filter(ScalarNode.class::isInstance)
                                .map(n -> ((ScalarNode) n).text()).toList());
                    }
                }
                tables.put(environment.name() + "." + command.name() + ".parameters", table);
            }
        }
        return tables;
    }

    /**
     * The part of TOML samconfig files use: {@code [a.b.c]} tables, {@code key = value} with basic
     * ({@code "…"}) or literal ({@code '…'}) strings, arrays of them (over several lines), and other
     * scalars kept as their text. Values are lists: a string is a list of one.
     */
    static final class Toml {

        private final String text;
        private int at;

        private Toml(String text) {
            this.text = text;
        }

        static Map<String, Map<String, List<String>>> tables(String text) {
            return new Toml(text).read();
        }

        private Map<String, Map<String, List<String>>> read() {
            Map<String, Map<String, List<String>>> tables = new HashMap<>();
            Map<String, List<String>> table = tables.computeIfAbsent("", k -> new HashMap<>());
            while (skipBlank()) {
                char c = text.charAt(at);
                if (c == '[') {
                    int end = text.indexOf(']', at);
                    if (end < 0) {
                        break;
                    }
                    String name = text.substring(at + 1, end).replace("[", "").replace("\"", "").replace("'", "")
                            .replace(" ", "").replace("\t", "");
                    table = tables.computeIfAbsent(name, k -> new HashMap<>());
                    at = end + 1;
                    skipLine();
                    continue;
                }
                int equals = text.indexOf('=', at);
                int newline = lineEnd();
                if (equals < 0 || equals > newline) {
                    at = newline;
                    continue;
                }
                String key = text.substring(at, equals).strip().replace("\"", "").replace("'", "");
                at = equals + 1;
                table.put(key, value());
                skipLine();
            }
            return tables;
        }

        private List<String> value() {
            skipSpaces();
            if (at >= text.length()) {
                return List.of();
            }
            char c = text.charAt(at);
            if (c == '[') {
                at++;
                List<String> items = new ArrayList<>();
                while (skipBlank() && text.charAt(at) != ']') {
                    if (text.charAt(at) == ',') {
                        at++;
                        continue;
                    }
                    items.addAll(value());
                }
                at++;
                return items;
            }
            if (c == '"' || c == '\'') {
                return List.of(string(c));
            }
            int end = at;
            while (end < text.length() && ",]#\n\r".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String scalar = text.substring(at, end).strip();
            at = end;
            return List.of(scalar);
        }

        private String string(char quote) {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length() && text.charAt(at) != quote) {
                char c = text.charAt(at++);
                if (c == '\\' && quote == '"' && at < text.length()) {
                    char escaped = text.charAt(at++);
                    value.append(switch (escaped) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> escaped;
                    });
                } else {
                    value.append(c);
                }
            }
            at++;
            return value.toString();
        }

        /** Skips spaces, newlines and comments; false at the end of the text. */
        private boolean skipBlank() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '#') {
                    at = lineEnd();
                } else if (Character.isWhitespace(c)) {
                    at++;
                } else {
                    return true;
                }
            }
            return false;
        }

        private void skipSpaces() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }

        private void skipLine() {
            at = lineEnd();
        }

        private int lineEnd() {
            int newline = text.indexOf('\n', at);
            return newline < 0 ? text.length() : newline;
        }
    }
}
