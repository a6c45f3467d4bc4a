package io.github.lambdalint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintEngine;

/**
 * Data flows one way (text, nodes, values, model, rules, findings, report), so no package of the
 * core may depend on itself through others. The JDK's jdeps reads the compiled classes: a
 * reference through a fully qualified name counts as much as an import.
 */
class PackageCyclesTest {

    private static final String ROOT = "io.github.lambdalint.";
    private static final Pattern EDGE = Pattern.compile(
            "^\\s+(io\\.github\\.lambdalint\\.\\S+)\\s+->\\s+(io\\.github\\.lambdalint\\.\\S+)\\s", Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfThroughOthers() throws URISyntaxException {
        Map<String, Set<String>> graph = dependencies();
        assertThat(graph).as("packages jdeps found").containsKeys("api", "config", "parse", "report", "rule");
        List<Set<String>> cycles = new ArrayList<>(stronglyConnected(graph));
        cycles.removeIf(c -> c.size() < 2);
        assertThat(cycles).as("packages that depend on each other, with the edges%n%s", graph).isEmpty();
    }

    private static Map<String, Set<String>> dependencies() throws URISyntaxException {
        Path classes = Path.of(LintEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps is missing: build with a JDK"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
                classes.toString());
        assertThat(status).as("jdeps:%n%s", out).isZero();
        Map<String, Set<String>> graph = new TreeMap<>();
        Matcher edge = EDGE.matcher(out.toString());
        while (edge.find()) {
            String from = edge.group(1).substring(ROOT.length());
            String to = edge.group(2).substring(ROOT.length());
            graph.computeIfAbsent(from, p -> new TreeSet<>());
            if (!from.equals(to)) {
                graph.get(from).add(to);
            }
        }
        return graph;
    }

    /** Tarjan's algorithm: every set of packages that reach each other. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> components = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                visit(node, graph, index, low, stack, components);
            }
        }
        return components;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, low, stack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
