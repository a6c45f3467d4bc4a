package io.github.lambdalint.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.TemplateParser;
import io.github.lambdalint.resolve.Regions;

/**
 * Reads and validates {@code .lambda-lint.yml}: YAML with positions, checked against the JSON
 * Schema, then against the installed rules. Every mistake is reported with its line; nothing
 * is silently ignored.
 */
public final class ConfigLoader {

    private static final Pattern RULE_ID = Pattern.compile("LL[0-9]{3}");
    /** The shape the schema allows for a region name (docs/config/lambda-lint.schema.json). */

    private final Set<String> knownRules;

    public ConfigLoader(Set<String> knownRules) {
        this.knownRules = new TreeSet<>(knownRules);
    }

    /**
     * @param file  the file to read
     * @param shown how messages name the file (relative to the working directory)
     */
    public LintConfig load(Path file, String shown) throws IOException, ConfigProblems {
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(Files.readAllBytes(file));
        if (!parsed.problems().isEmpty()) {
            throw new ConfigProblems(parsed.problems().stream()
                    .map(p -> new ConfigProblem(p.position(), p.message())).toList());
        }
        if (parsed.root().isEmpty() || parsed.root().get() instanceof ScalarNode s && s.isNull()) {
            return new LintConfig(shown, Optional.empty(), Optional.empty(), OptionalInt.empty(), RuleLevels.DEFAULTS,
                    Map.of(), NetworkContext.EMPTY, List.of(), List.of());
        }
        Node root = parsed.root().get();
        // Every mistake in one run: the schema's, then what only the installed rules and Java can tell.
        List<ConfigProblem> problems = new SchemaProblems(root).find();
        if (root instanceof MapNode map) {
            problems.addAll(unknownRules(map));
            unknownRegion(map).ifPresent(problems::add);
            map.get("stacks").filter(ListNode.class::isInstance).ifPresent(stacks -> ((ListNode) stacks).items()
                    .stream().filter(MapNode.class::isInstance)
                    .forEach(entry -> unknownRegion((MapNode) entry).ifPresent(problems::add)));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(ConfigProblem::position));
            throw new ConfigProblems(problems);
        }
        return read((MapNode) root, shown, file.toAbsolutePath().getParent());
    }

    /**
     * Rule ids that look right but name no installed rule (ids of the wrong shape are the schema's).
     * Entries of the wrong shape are skipped here: the schema reports them.
     */
    private List<ConfigProblem> unknownRules(MapNode root) {
        List<ConfigProblem> problems = new ArrayList<>();
        String known = String.join(", ", knownRules);
        root.getMap("rules").ifPresent(rules -> rules.entries().stream()
                .filter(e -> RULE_ID.matcher(e.name()).matches() && !knownRules.contains(e.name()))
                .forEach(e -> problems.add(new ConfigProblem(e.key().position(),
                        "unknown rule " + e.name() + "; the rules are " + known))));
        for (MapNode entry : suppressions(root)) {
            entry.get("rule").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                    .filter(rule -> RULE_ID.matcher(rule.text()).matches() && !knownRules.contains(rule.text()))
                    .ifPresent(rule -> problems.add(new ConfigProblem(rule.position(),
                            "unknown rule " + rule.text() + "; the rules are " + known)));
        }
        return problems;
    }

    /**
     * A region name of the right shape that is no AWS Region (a typo would silently change AWS::Region);
     * names of the wrong shape are the schema's.
     */
    private static Optional<ConfigProblem> unknownRegion(MapNode holder) {
        return holder.get("region").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(region -> Regions.hasRegionShape(region.text()) && !Regions.exists(region.text()))
                .map(region -> new ConfigProblem(region.position(), "unknown region " + region.text()
                        + "; the Regions are " + String.join(", ", Regions.all())));
    }

    private static List<MapNode> suppressions(MapNode root) {
        return root.get("suppress").filter(ListNode.class::isInstance)
                .map(list -> ((ListNode) list).items().stream().filter(MapNode.class::isInstance)
                        .map(MapNode.class::cast).toList())
                .orElse(List.of());
    }

    private static LintConfig read(MapNode root, String shown, Path folder) {
        Optional<String> region = root.getText("region");
        Optional<String> failOn = root.getText("failOn");
        OptionalInt concurrency = root.getText("accountConcurrency")
                .map(t -> OptionalInt.of(Integer.parseInt(t))).orElse(OptionalInt.empty());
        Map<String, Optional<Level>> levels = new HashMap<>();
        root.getMap("rules").ifPresent(rules -> rules.entries().forEach(e -> {
            String level = ((ScalarNode) e.value()).text();
            levels.put(e.name(), level.equals("off") ? Optional.empty() : Level.parse(level));
        }));
        Map<String, String> parameters = parameters(root);
        List<ConfigSuppression> suppressions = new ArrayList<>();
        root.get("suppress").filter(ListNode.class::isInstance).ifPresent(list -> {
            for (Node item : ((ListNode) list).items()) {
                MapNode entry = (MapNode) item;
                suppressions.add(new ConfigSuppression(entry.getText("rule").orElseThrow(), entry.getText("resource"),
                        entry.getText("file"), entry.getText("reason").orElseThrow(), entry.position()));
            }
        });
        List<ConfigStack> stacks = new ArrayList<>();
        root.get("stacks").filter(ListNode.class::isInstance).ifPresent(list -> {
            for (Node item : ((ListNode) list).items()) {
                MapNode entry = (MapNode) item;
                stacks.add(new ConfigStack(entry.getText("template").orElseThrow(), entry.getText("name"),
                        entry.getText("region"), parameters(entry), entry.position()));
            }
        });
        return new LintConfig(shown, region, failOn, concurrency, new RuleLevels(levels), parameters,
                network(root.getMap("network"), shown), suppressions, stacks,
                root.getText("awsSnapshot").map(folder::resolve).map(Path::normalize));
    }

    /** The {@code parameters} of a map; a list value is joined with commas, as CloudFormation takes lists. */
    private static Map<String, String> parameters(MapNode holder) {
        Map<String, String> parameters = new HashMap<>();
        holder.getMap("parameters").ifPresent(params -> params.entries().forEach(e -> parameters.put(e.name(),
                e.value() instanceof ListNode list
                        ? list.items().stream().map(n -> ((ScalarNode) n).text()).collect(Collectors.joining(","))
                        : ((ScalarNode) e.value()).text())));
        return parameters;
    }

    private static NetworkContext network(Optional<MapNode> network, String shown) {
        if (network.isEmpty()) {
            return NetworkContext.EMPTY;
        }
        Map<String, NetworkContext.DescribedSubnet> subnets = new HashMap<>();
        network.get().getMap("subnets").ifPresent(map -> map.entries().forEach(e -> {
            MapNode facts = (MapNode) e.value();
            subnets.put(e.name(), new NetworkContext.DescribedSubnet(e.name(), facts.getText("vpc"),
                    facts.getText("az"), facts.getText("egress")
                    .map(t -> NetworkContext.Egress.valueOf(t.toUpperCase(Locale.ROOT))), e.key().position()));
        }));
        Map<String, List<NetworkContext.DescribedEndpoint>> endpoints = new HashMap<>();
        network.get().getMap("vpcEndpoints").ifPresent(map -> map.entries().forEach(e -> endpoints.put(e.name(),
                ((ListNode) e.value()).items().stream().map(n -> new NetworkContext.DescribedEndpoint(
                        ((ScalarNode) n).text().substring(((ScalarNode) n).text().lastIndexOf('.') + 1)
                                .toLowerCase(Locale.ROOT), n.position())).toList())));
        return new NetworkContext(subnets, endpoints, shown);
    }
}
