package io.github.lambdalint.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lambdalint.finding.Level;

/**
 * The findings a test template declares about itself (DESIGN.md section 6): a
 * {@code # expect: LL104} comment at the end of the line the finding must point at (several
 * separated by commas, each optionally with a level), or for JSON a sidecar {@code NAME.expect}
 * with {@code line rule [level]} rows. Directives {@code # test-region:},
 * {@code # test-parameter: K=V}, {@code # test-config: FILE} (a configuration beside the
 * template) and {@code # test-snapshot: DIR} (an AWS snapshot folder, relative to the template) give
 * the run its facts, exactly as the command line would.
 */
record Expectations(List<Expected> findings, Optional<String> region, Map<String, String> parameters,
                    Optional<Path> config, Optional<Path> snapshot) {

    /** One expected finding; ordered for readable failure messages. */
    record Expected(int line, String rule, String level) implements Comparable<Expected> {
        @Override
        public int compareTo(Expected other) {
            int byLine = Integer.compare(line, other.line);
            return byLine != 0 ? byLine : (rule + level).compareTo(other.rule + other.level);
        }

        @Override
        public String toString() {
            return line + " " + rule + " " + level;
        }
    }

    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("(LL\\d{3})(?:\\s+(error|warning|note))?");
    private static final Pattern DIRECTIVE =
            Pattern.compile("^\\s*#\\s*test-(region|parameter|config|snapshot):\\s*(\\S+)\\s*$");

    static Expectations of(Path template, Map<String, Level> defaultLevels) throws IOException {
        boolean json = template.getFileName().toString().endsWith(".json");
        Path source = json ? sidecar(template) : template;
        if (!Files.exists(source)) {
            throw new IllegalStateException(template + " is JSON and needs its expectations in " + source);
        }
        // A list, not a set: a rule that reports the same line twice must be marked twice.
        List<Expected> findings = new ArrayList<>();
        Optional<String> region = Optional.empty();
        Optional<Path> config = Optional.empty();
        Optional<Path> snapshot = Optional.empty();
        Map<String, String> parameters = new HashMap<>();
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                if (directive.group(1).equals("region")) {
                    region = Optional.of(directive.group(2));
                } else if (directive.group(1).equals("snapshot")) {
                    snapshot = Optional.of(template.resolveSibling(directive.group(2)).normalize());
                } else if (directive.group(1).equals("config")) {
                    config = Optional.of(template.resolveSibling(directive.group(2)));
                } else {
                    String[] pair = directive.group(2).split("=", 2);
                    parameters.put(pair[0], pair[1]);
                }
                continue;
            }
            if (json) {
                parseRow(line, source, i + 1, defaultLevels).ifPresent(findings::add);
                continue;
            }
            Matcher marker = MARKER.matcher(line);
            if (marker.find()) {
                for (String item : marker.group(1).split(",")) {
                    findings.add(parseItem(item.strip(), i + 1, source, defaultLevels));
                }
            }
        }
        findings.sort(null);
        return new Expectations(List.copyOf(findings), region, parameters, config, snapshot);
    }

    private static Optional<Expected> parseRow(String row, Path source, int number, Map<String, Level> levels) {
        String text = row.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        String[] columns = text.split("\\s+", 2);
        try {
            return Optional.of(parseItem(columns[1], Integer.parseInt(columns[0]), source, levels));
        } catch (RuntimeException e) {
            throw new IllegalStateException(source + ":" + number + ": expected 'line rule [level]', got: " + row, e);
        }
    }

    private static Expected parseItem(String item, int line, Path source, Map<String, Level> levels) {
        Matcher matcher = ITEM.matcher(item);
        if (!matcher.matches()) {
            throw new IllegalStateException(source + ":" + line + ": cannot read expectation '" + item + "'");
        }
        String rule = matcher.group(1);
        Level level = matcher.group(2) != null ? Level.parse(matcher.group(2)).orElseThrow() : levels.get(rule);
        if (level == null) {
            throw new IllegalStateException(source + ":" + line + ": no rule " + rule + " is installed");
        }
        return new Expected(line, rule, level.label());
    }

    private static Path sidecar(Path template) {
        String name = template.getFileName().toString();
        return template.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect");
    }
}
