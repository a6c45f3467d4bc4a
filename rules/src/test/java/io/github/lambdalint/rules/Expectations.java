package io.github.lambdalint.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;

/**
 * The findings a test template declares about itself (DESIGN.md section 6): a
 * {@code # expect: LL104} comment at the end of the line the finding must point at (several
 * separated by commas, each optionally with a level and a quoted fragment of its message:
 * {@code # expect: LL101 note "no route to a working NAT"}), or for JSON a sidecar
 * {@code NAME.expect} with {@code line rule [level] ["fragment"]} rows. A configuration beside
 * the template marks the findings that point into it the same way. Directives
 * {@code # test-region:}, {@code # test-parameter: K=V}, {@code # test-config: FILE} and
 * {@code # test-snapshot: DIR} (an AWS snapshot folder, relative to the template) give the run its
 * facts, exactly as the command line would.
 */
record Expectations(List<Expected> findings, Optional<String> region, Map<String, String> parameters,
                    Optional<Path> config, Optional<Path> snapshot) {

    /**
     * One expected finding: the file it points into (as the engine shows it), its line, rule and
     * level, and optionally a fragment its message must contain.
     */
    record Expected(String file, int line, String rule, String level, Optional<String> fragment)
            implements Comparable<Expected> {

        private static final Comparator<Expected> ORDER = Comparator.comparing(Expected::file)
                .thenComparingInt(Expected::line).thenComparing(Expected::rule).thenComparing(Expected::level)
                .thenComparing(e -> e.fragment().orElse(""));

        @Override
        public int compareTo(Expected other) {
            return ORDER.compare(this, other);
        }

        /** Whether the finding is this one: same place, rule and level, and its message holds the fragment. */
        boolean matches(Finding finding) {
            return finding.location().file().equals(file) && finding.location().position().line() == line
                    && finding.ruleId().equals(rule) && finding.level().label().equals(level)
                    && fragment.map(finding.message()::contains).orElse(true);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + rule + " " + level + fragment.map(f -> " \"" + f + "\"").orElse("");
        }
    }

    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*(.+)$");
    /** One item of a marker or a sidecar row; the fragment is quoted, so it may hold commas. */
    private static final Pattern ITEM =
            Pattern.compile("\\s*(LL\\d{3})(?:\\s+(error|warning|note))?(?:\\s+\"([^\"]+)\")?\\s*(,|$)");
    private static final Pattern DIRECTIVE =
            Pattern.compile("^\\s*#\\s*test-(region|parameter|config|snapshot):\\s*(\\S+)\\s*$");

    /**
     * @param root the directory the run shows paths relative to
     */
    static Expectations of(Path template, Path root, Map<String, Level> defaultLevels) throws IOException {
        boolean json = template.getFileName().toString().endsWith(".json");
        Path source = json ? sidecar(template) : template;
        if (!Files.exists(source)) {
            throw new IllegalStateException(template + " is JSON and needs its expectations in " + source);
        }
        String file = display(root, template);
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
                findings.addAll(parseRow(line, source, i + 1, file, defaultLevels));
            } else {
                findings.addAll(markers(line, source, i + 1, file, defaultLevels));
            }
        }
        if (config.isPresent()) {
            String configFile = display(root, config.get());
            List<String> configLines = Files.readAllLines(config.get(), StandardCharsets.UTF_8);
            for (int i = 0; i < configLines.size(); i++) {
                findings.addAll(markers(configLines.get(i), config.get(), i + 1, configFile, defaultLevels));
            }
        }
        findings.sort(null);
        return new Expectations(List.copyOf(findings), region, parameters, config, snapshot);
    }

    /** A path as the engine shows it: relative to the run's directory, with forward slashes. */
    private static String display(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    private static List<Expected> markers(String line, Path source, int number, String file,
                                          Map<String, Level> levels) {
        Matcher marker = MARKER.matcher(line);
        return marker.find() ? parseItems(marker.group(1), number, source, number, file, levels) : List.of();
    }

    private static List<Expected> parseRow(String row, Path source, int number, String file,
                                           Map<String, Level> levels) {
        String text = row.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return List.of();
        }
        String[] columns = text.split("\\s+", 2);
        try {
            return parseItems(columns[1], Integer.parseInt(columns[0]), source, number, file, levels);
        } catch (RuntimeException e) {
            throw new IllegalStateException(source + ":" + number
                    + ": expected 'line rule [level] [\"fragment\"]', got: " + row, e);
        }
    }

    /** Items separated by commas; {@code number} is the line of the source, for messages. */
    private static List<Expected> parseItems(String items, int line, Path source, int number, String file,
                                             Map<String, Level> levels) {
        List<Expected> parsed = new ArrayList<>();
        Matcher matcher = ITEM.matcher(items);
        int at = 0;
        while (at < items.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw new IllegalStateException(source + ":" + number + ": cannot read expectation '"
                        + items.substring(at).strip() + "'");
            }
            String rule = matcher.group(1);
            Level level = matcher.group(2) != null ? Level.parse(matcher.group(2)).orElseThrow() : levels.get(rule);
            if (level == null) {
                throw new IllegalStateException(source + ":" + number + ": no rule " + rule + " is installed");
            }
            parsed.add(new Expected(file, line, rule, level.label(), Optional.ofNullable(matcher.group(3))));
            at = matcher.end();
            if (matcher.group(4).isEmpty()) {
                break;
            }
        }
        return parsed;
    }

    /**
     * Pairs expected and actual findings; what is left on either side is a difference. Expectations
     * with a fragment choose first, so a plain marker cannot take the finding a fragment names.
     */
    static Differences compare(List<Expected> expected, List<Finding> actual) {
        List<Finding> unmatched = new ArrayList<>(actual);
        List<Expected> missing = new ArrayList<>();
        List<Expected> specificFirst = expected.stream()
                .sorted(Comparator.comparing((Expected e) -> e.fragment().isEmpty())).toList();
        for (Expected want : specificFirst) {
            Optional<Finding> found = unmatched.stream().filter(want::matches).findFirst();
            found.ifPresentOrElse(unmatched::remove, () -> missing.add(want));
        }
        missing.sort(null);
        return new Differences(List.copyOf(missing), List.copyOf(unmatched));
    }

    /** Expected findings the run did not give, and findings no expectation names. */
    record Differences(List<Expected> missing, List<Finding> unexpected) {
        boolean none() {
            return missing.isEmpty() && unexpected.isEmpty();
        }
    }

    private static Path sidecar(Path template) {
        String name = template.getFileName().toString();
        return template.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect");
    }
}
