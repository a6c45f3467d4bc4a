package io.github.lambdalint.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Template;
import io.github.lambdalint.text.English;

/**
 * The templates of one run, seen as the stacks they deploy: which exports each offers
 * ({@code Outputs.*.Export.Name}, resolved with that template's own deployment facts) and which
 * other stacks each reads from. Stacks that import from each other (directly or round a longer
 * cycle) cannot be deployed, so imports between them stay unknown; every other import leads to a
 * stack that does not lead back, so resolving one always ends. An import or stack output no template
 * of the run gives is read from the stacks already deployed ({@link DeployedStacks}, the AWS
 * snapshot), when it holds it.
 */
public final class StackSet {

    /**
     * One template of the run: the path reports show, the parsed template, its deployment facts,
     * and the templates of the run its nested stacks deploy (by the nested stack's logical id).
     */
    public record Stack(String file, Template template, Deployment deployment, Map<String, String> nestedStacks) {
        public Stack {
            nestedStacks = Map.copyOf(nestedStacks);
        }

        public Stack(String file, Template template, Deployment deployment) {
            this(file, template, deployment, Map.of());
        }
    }

    /** An output of a stack, and the value node that gives it. */
    private record Output(String stack, String name, Node value, Optional<Node> exportName) {
        Optional<String> exportName(Resolver own) {
            return exportName.map(own::resolve).flatMap(Value::literalText);
        }
    }

    /** How the reason of an import no template of the run exports begins. */
    public static final String NOT_EXPORTED = "no template of this run exports ";

    private final Map<String, Stack> stacks = new LinkedHashMap<>();
    private final DeployedStacks deployed;
    private final Map<String, List<Output>> exports = new HashMap<>();
    /** For each stack, the stacks it reads from; computed once, read-only afterwards. */
    private final Map<String, Set<String>> readsFrom = new HashMap<>();
    /** Each stack's strongly connected component: stacks with the same number read from each other. */
    private final Map<String, Integer> component = new HashMap<>();

    public StackSet(List<Stack> given) {
        this(given, DeployedStacks.NONE);
    }

    /** The templates of a run, and the stacks already deployed that answer what no template of the run gives. */
    public StackSet(List<Stack> given, DeployedStacks deployed) {
        this.deployed = deployed;
        given.forEach(s -> stacks.putIfAbsent(s.file(), s));
        for (Stack stack : stacks.values()) {
            Resolver own = new Resolver(stack.template(), stack.deployment());
            for (Output output : outputs(stack)) {
                output.exportName(own).ifPresent(name -> exports.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(output));
            }
        }
        for (Stack stack : stacks.values()) {
            readsFrom.put(stack.file(), dependencies(stack));
        }
        new Components().number();
    }

    /** A set of one template: its imports find nothing. */
    public static StackSet of(Stack stack) {
        return new StackSet(List.of(stack));
    }

    public List<Stack> stacks() {
        return List.copyOf(stacks.values());
    }

    public Optional<Stack> stack(String file) {
        return Optional.ofNullable(stacks.get(file));
    }

    /** The stacks {@code file} reads values from, directly or through them, each before the stacks that read it. */
    public List<String> dependenciesInOrder(String file) {
        Set<String> ordered = new LinkedHashSet<>();
        visit(file, ordered, new HashSet<>());
        ordered.remove(file);
        return List.copyOf(ordered);
    }

    private void visit(String file, Set<String> ordered, Set<String> seen) {
        if (!seen.add(file)) {
            return;
        }
        for (String exporter : readsFrom.getOrDefault(file, Set.of())) {
            if (!inCycle(file, exporter)) {
                visit(exporter, ordered, seen);
            }
        }
        ordered.add(file);
    }

    /** The resolver of one stack of the set, which reads the other stacks' exports and outputs. */
    public Resolver resolver(Stack stack) {
        return new Resolver(stack.template(), stack.deployment(), new View(stack));
    }

    private boolean inCycle(String importer, String exporter) {
        return importer.equals(exporter) || component.get(importer).equals(component.get(exporter));
    }

    // ---- reading the templates -----------------------------------------------------------------

    private static List<Output> outputs(Stack stack) {
        List<Output> found = new ArrayList<>();
        stack.template().root().getMap("Outputs").ifPresent(section -> {
            for (MapNode.Entry entry : section.entries()) {
                if (entry.value() instanceof MapNode output) {
                    Optional<Node> export = output.getMap("Export").flatMap(e -> e.get("Name"));
                    output.get("Value").ifPresent(v -> found.add(new Output(stack.file(), entry.name(), v, export)));
                }
            }
        });
        return found;
    }

    private Optional<Output> output(Stack stack, String name) {
        return outputs(stack).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The stacks whose exports or outputs this stack names, by the names as its own facts resolve them. */
    private Set<String> dependencies(Stack stack) {
        Set<String> found = new LinkedHashSet<>();
        Resolver own = new Resolver(stack.template(), stack.deployment());
        collect(stack.template().root(), own, stack, found, 0);
        // a parent reads its nested stacks' outputs (!GetAtt Child.Outputs.Name)
        stack.nestedStacks().values().stream().filter(stacks::containsKey).forEach(found::add);
        return found;
    }

    private static final int MAX_WALK_DEPTH = 200;

    private void collect(Node node, Resolver own, Stack stack, Set<String> found, int depth) {
        if (depth > MAX_WALK_DEPTH) {
            return;
        }
        if (node instanceof ListNode list) {
            list.items().forEach(item -> collect(item, own, stack, found, depth + 1));
            return;
        }
        if (!(node instanceof MapNode map)) {
            return;
        }
        Optional<MapNode.Entry> single = map.singleEntry();
        if (single.isPresent() && single.get().name().equals("Fn::ImportValue")) {
            own.resolve(single.get().value()).literalText().ifPresent(name ->
                    exporters(name, stack).forEach(o -> found.add(o.stack())));
        } else if (single.isPresent() && single.get().name().equals("Fn::GetStackOutput")
                && single.get().value() instanceof MapNode arguments) {
            arguments.get("StackName").map(own::resolve).flatMap(Value::literalText)
                    .ifPresent(name -> named(name).forEach(s -> found.add(s.file())));
        }
        map.entries().forEach(e -> collect(e.value(), own, stack, found, depth + 1));
    }

    /** Exports of that name a stack can import: CloudFormation imports only within one region. */
    private List<Output> exporters(String name, Stack importer) {
        return exports.getOrDefault(name, List.of()).stream()
                .filter(o -> sameRegionPossible(regionOf(importer), stacks.get(o.stack())))
                .toList();
    }

    private List<Stack> named(String stackName) {
        return stacks.values().stream()
                .filter(s -> stackNameOf(s).filter(stackName::equals).isPresent())
                .toList();
    }

    /** The deployment facts the set reads: a stack's region and name. */
    private static Optional<String> regionOf(Stack stack) {
        return stack.deployment().region();
    }

    private static Optional<String> stackNameOf(Stack stack) {
        return stack.deployment().stackName();
    }

    private static boolean sameRegionPossible(Optional<String> region, Stack exporter) {
        return region.isEmpty() || regionOf(exporter).isEmpty() || region.equals(regionOf(exporter));
    }

    // ---- what one stack sees ---------------------------------------------------------------------

    /** The other stacks as one stack's resolver sees them. */
    private final class View implements OtherStacks {

        private final Stack importer;

        View(Stack importer) {
            this.importer = importer;
        }

        @Override
        public Value importValue(String exportName, Node call) {
            String via = OtherStacks.importIdentity(exportName);
            List<Output> found = exporters(exportName, importer);
            if (found.isEmpty()) {
                return deployed.export(exportName, regionOf(importer)).<Value>map(v -> new Value.Text(v, call))
                        .orElseGet(() -> new Value.Unknown(NOT_EXPORTED + exportName, Optional.of(via), call));
            }
            if (found.size() > 1) {
                return new Value.Unknown(English.list(found.stream().map(Output::stack).distinct().toList())
                        + " all export " + exportName + ", and an export name is unique in a region",
                        Optional.of(via), call);
            }
            return valueOf(found.get(0), via, call);
        }

        @Override
        public Value stackOutput(String stackName, String outputName, Optional<String> region, Node call) {
            String via = OtherStacks.outputIdentity(stackName, outputName);
            List<Stack> found = named(stackName).stream()
                    .filter(s -> sameRegionPossible(region, s))
                    .toList();
            Optional<String> inAccount = deployed.output(stackName, outputName,
                    region.or(() -> regionOf(importer)));
            if (found.isEmpty() && inAccount.isPresent()) {
                return new Value.Text(inAccount.get(), call);
            }
            if (found.isEmpty()) {
                return new Value.Unknown("no template of this run has the stack name " + stackName
                        + " (lint that stack in the same run and give its stack name)", Optional.of(via), call);
            }
            if (found.size() > 1) {
                return new Value.Unknown(English.list(found.stream().map(Stack::file).toList()) + " all have the stack name "
                        + stackName, Optional.of(via), call);
            }
            Optional<Output> output = output(found.get(0), outputName);
            if (output.isEmpty()) {
                return new Value.Unknown(found.get(0).file() + " (stack " + stackName + ") has no output "
                        + outputName, Optional.of(via), call);
            }
            return valueOf(output.get(), via, call);
        }

        @Override
        public Value nestedStackOutput(String logicalId, String outputName, Node call) {
            String via = "!GetAtt " + logicalId + ".Outputs." + outputName;
            Optional<Stack> child = Optional.ofNullable(importer.nestedStacks().get(logicalId)).map(stacks::get);
            if (child.isEmpty()) {
                return new Value.Unknown("the template of nested stack " + logicalId
                        + " is not a local file of this run (remote templates are never fetched)", Optional.of(via),
                        call);
            }
            Optional<Output> output = output(child.get(), outputName);
            if (output.isEmpty()) {
                return new Value.Unknown(child.get().file() + " (nested stack " + logicalId + ") has no output "
                        + outputName, Optional.of(via), call);
            }
            return valueOf(output.get(), via, call);
        }

        private Value valueOf(Output output, String via, Node call) {
            if (inCycle(importer.file(), output.stack())) {
                String cycle = importer.file().equals(output.stack())
                        ? importer.file() + " reads its own output"
                        : importer.file() + " and " + output.stack() + " read from each other";
                return new Value.Unknown(via + ": " + cycle + ", so neither stack can be deployed first",
                        Optional.of(via), call);
            }
            Stack exporter = stacks.get(output.stack());
            Value value = resolver(exporter).resolve(output.value());
            return carried(value, exporter, via, call);
        }
    }

    /**
     * A value of another stack as the importing template sees it: text and lists are the same
     * text (placed where the import is written), a resource is that stack's resource; what the
     * exporting stack does not know itself stays unknown, saying why.
     */
    private static Value carried(Value value, Stack exporter, String via, Node call) {
        if (value instanceof Value.Text text) {
            return new Value.Text(text.text(), call);
        }
        if (value instanceof Value.Concat concat && concat.literal().isPresent()) {
            return new Value.Text(concat.literal().get(), call);
        }
        if (value instanceof Value.ListValue list) {
            return new Value.ListValue(list.items().stream().map(v -> carried(v, exporter, via, call)).toList(), call);
        }
        if (value instanceof Value.ResourceRef ref) {
            return new Value.OtherStackRef(exporter.file(), ref, via, call);
        }
        if (value instanceof Value.OtherStackRef other) {
            return new Value.OtherStackRef(other.stack(), other.resource(), via, call);
        }
        String why = value instanceof Value.ParameterRef parameter
                ? "it is parameter " + parameter.name() + " of " + exporter.file() + ", which has no value"
                : value instanceof Value.Unknown unknown ? unknown.reason()
                : "it is not known statically in " + exporter.file();
        return new Value.Unknown(via + " gives a value of " + exporter.file() + ", but " + why, Optional.of(via), call);
    }

    /** Tarjan's strongly connected components over {@link #readsFrom}; iterative, so no deep recursion. */
    private final class Components {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private int next;

        void number() {
            for (String file : stacks.keySet()) {
                if (!index.containsKey(file)) {
                    strongConnect(file);
                }
            }
        }

        private void strongConnect(String root) {
            java.util.Deque<java.util.Iterator<String>> work = new java.util.ArrayDeque<>();
            java.util.Deque<String> path = new java.util.ArrayDeque<>();
            enter(root);
            path.push(root);
            work.push(readsFrom.getOrDefault(root, Set.of()).iterator());
            while (!path.isEmpty()) {
                String node = path.peek();
                java.util.Iterator<String> edges = work.peek();
                if (edges.hasNext()) {
                    String next = edges.next();
                    if (!index.containsKey(next)) {
                        enter(next);
                        path.push(next);
                        work.push(readsFrom.getOrDefault(next, Set.of()).iterator());
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                    continue;
                }
                path.pop();
                work.pop();
                if (!path.isEmpty()) {
                    low.put(path.peek(), Math.min(low.get(path.peek()), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, index.get(node));
                    } while (!member.equals(node));
                }
            }
        }

        private void enter(String file) {
            index.put(file, next);
            low.put(file, next);
            next++;
            stack.push(file);
            onStack.add(file);
        }
    }
}
