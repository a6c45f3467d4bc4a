package io.github.lambdalint.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Parameter;
import io.github.lambdalint.parse.PreprocessorDirectives;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.Template;

/**
 * Evaluates intrinsic functions as far as the template and the {@link Deployment} allow.
 * Never throws on a malformed function: it becomes an {@link Value.Unknown} naming the problem.
 */
public final class Resolver {

    private static final int MAX_DEPTH = 100;
    private static final String DYNAMIC_REFERENCE = "{{resolve:";

    private final Template template;
    private final Deployment deployment;
    private final OtherStacks otherStacks;
    /** The Conditions section by name: every Fn::If looks its condition up, and a template may hold hundreds. */
    private final Map<String, Node> conditionDefinitions = new HashMap<>();
    private final Map<String, TriState> conditionCache = new HashMap<>();
    private final Set<String> conditionsInProgress = new HashSet<>();
    private int depth;

    public Resolver(Template template, Deployment deployment) {
        this(template, deployment, OtherStacks.NONE);
    }

    /** A resolver that reads {@code Fn::ImportValue} and {@code Fn::GetStackOutput} from the other templates of the run. */
    public Resolver(Template template, Deployment deployment, OtherStacks otherStacks) {
        this.template = template;
        this.deployment = deployment;
        this.otherStacks = otherStacks;
        template.conditions().entries().forEach(e -> conditionDefinitions.putIfAbsent(e.name(), e.value()));
    }

    public Template template() {
        return template;
    }

    public Deployment deployment() {
        return deployment;
    }

    public Value resolve(Node node) {
        if (depth >= MAX_DEPTH) {
            return new Value.Unknown("intrinsic functions nested too deeply", node);
        }
        depth++;
        try {
            return resolveNode(node);
        } finally {
            depth--;
        }
    }

    /** Evaluates a named condition of the {@code Conditions} section. */
    public TriState condition(String name) {
        TriState cached = conditionCache.get(name);
        if (cached != null) {
            return cached;
        }
        Optional<Node> definition = Optional.ofNullable(conditionDefinitions.get(name));
        if (definition.isEmpty() || !conditionsInProgress.add(name)) {
            return TriState.UNKNOWN;
        }
        try {
            TriState result = evaluateCondition(definition.get());
            conditionCache.put(name, result);
            return result;
        } finally {
            conditionsInProgress.remove(name);
        }
    }

    private Value resolveNode(Node node) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.isNull()) {
                return new Value.NoValue(node);
            }
            if (scalar.text().contains(DYNAMIC_REFERENCE)) {
                return new Value.Unknown("dynamic reference " + scalar.text() + " is read at deploy time", node);
            }
            return new Value.Text(scalar.text(), node);
        }
        if (node instanceof ListNode list) {
            List<Value> items = new ArrayList<>();
            for (Node item : list.items()) {
                Value value = resolve(item);
                if (!(value instanceof Value.NoValue)) {
                    items.add(value);
                }
            }
            return new Value.ListValue(items, node);
        }
        MapNode map = (MapNode) node;
        Optional<MapNode.Entry> single = map.singleEntry();
        if (single.isPresent() && isFunction(single.get().name())) {
            return function(single.get().name(), single.get().value(), map);
        }
        if (single.isPresent() && PreprocessorDirectives.isDirectiveKey(single.get().name())) {
            return new Value.Unknown(single.get().name() + " is replaced by rain pkg before deployment", map);
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        for (MapNode.Entry entry : map.entries()) {
            Value value = resolve(entry.value());
            if (!(value instanceof Value.NoValue)) {
                entries.put(entry.name(), value);
            }
        }
        return new Value.MapValue(entries, node);
    }

    private static boolean isFunction(String key) {
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    private Value function(String name, Node argument, MapNode call) {
        return switch (name) {
            case "Ref" -> ref(argument, call);
            case "Fn::GetAtt" -> getAtt(argument, call);
            case "Fn::Sub" -> new SubResolver(this).sub(argument, call);
            case "Fn::Join" -> join(argument, call);
            case "Fn::Select" -> select(argument, call);
            case "Fn::Split" -> split(argument, call);
            case "Fn::If" -> ifFunction(argument, call);
            case "Fn::FindInMap" -> findInMap(argument, call);
            case "Fn::GetAZs" -> getAzs(argument, call);
            case "Fn::ImportValue" -> importValue(argument, call);
            case "Fn::GetStackOutput" -> stackOutput(argument, call);
            case "Fn::Length" -> length(argument, call);
            default -> new Value.Unknown(name + " is not evaluated statically", call);
        };
    }

    Value ref(Node argument, Node call) {
        if (!(argument instanceof ScalarNode scalar)) {
            Value resolved = resolve(argument);
            if (resolved instanceof Value.Text text) {
                return refName(text.text(), call);
            }
            return new Value.Unknown("Ref needs a name, not " + argument.kindName(), call);
        }
        return refName(scalar.text(), call);
    }

    Value refName(String name, Node call) {
        if (name.startsWith("AWS::")) {
            return pseudoParameter(name, call);
        }
        Parameter parameter = template.parameters().get(name);
        if (parameter != null) {
            return parameter(parameter, call);
        }
        if (template.resources().containsKey(name)) {
            return new Value.ResourceRef(name, Optional.empty(), call);
        }
        int dot = name.indexOf('.');
        if (dot > 0 && template.resources().containsKey(name.substring(0, dot))) {
            // SAM: Ref MyFunction.Version / MyFunction.Alias name what AutoPublishAlias generates.
            return new Value.ResourceRef(name.substring(0, dot), Optional.of(name.substring(dot + 1)), call);
        }
        return new Value.Unknown("Ref " + name + " names no parameter or resource of this template", call);
    }

    private Value parameter(Parameter parameter, Node call) {
        String given = deployment.parameters().get(parameter.name());
        if (given != null) {
            if (parameter.isList()) {
                List<Value> items = new ArrayList<>();
                for (String item : given.split(",", -1)) {
                    items.add(new Value.Text(item.strip(), call));
                }
                return new Value.ListValue(items, call);
            }
            return new Value.Text(given, call);
        }
        Optional<Value> defaultValue = parameter.defaultValue().map(this::resolve);
        return new Value.ParameterRef(parameter.name(), parameter.type(), defaultValue, call);
    }

    private Value pseudoParameter(String name, Node call) {
        Optional<String> known = switch (name) {
            case "AWS::Region" -> deployment.region();
            case "AWS::Partition" -> deployment.partition();
            case "AWS::URLSuffix" -> deployment.urlSuffix();
            case "AWS::StackName" -> deployment.stackName();
            default -> Optional.empty();
        };
        if (name.equals("AWS::NoValue")) {
            return new Value.NoValue(call);
        }
        return known.<Value>map(text -> new Value.Text(text, call))
                .orElseGet(() -> new Value.Unknown(name + " is known only at deploy time", Optional.of("!Ref " + name),
                        call));
    }

    private Value getAtt(Node argument, Node call) {
        List<Value> parts = arguments(argument);
        if (parts.size() != 2 || !(parts.get(0) instanceof Value.Text resource)) {
            return new Value.Unknown("Fn::GetAtt needs a resource and an attribute", call);
        }
        if (!template.resources().containsKey(resource.text())) {
            int dot = resource.text().indexOf('.');
            if (dot > 0 && template.resources().containsKey(resource.text().substring(0, dot))
                    && parts.get(1) instanceof Value.Text attribute) {
                // SAM: Fn::GetAtt [MyFunction.Version, Version] is !GetAtt MyFunction.Version.Version.
                return new Value.ResourceRef(resource.text().substring(0, dot),
                        Optional.of(resource.text().substring(dot + 1) + "." + attribute.text()), call);
            }
            return new Value.Unknown("Fn::GetAtt names " + resource.text() + ", which is no resource of this template",
                    call);
        }
        if (!(parts.get(1) instanceof Value.Text attribute)) {
            return new Value.Unknown("the attribute of Fn::GetAtt " + resource.text() + " is not known statically",
                    call);
        }
        return attribute(resource.text(), attribute.text(), call);
    }

    /** {@code !GetAtt Child.Outputs.Name} reads an output of a nested stack. */
    private static final String NESTED_OUTPUTS = "Outputs.";

    /** The resource types that deploy a nested stack. */
    public static final java.util.Set<String> NESTED_STACK_TYPES =
            java.util.Set.of("AWS::CloudFormation::Stack", "AWS::Serverless::Application");

    /** {@code !GetAtt R.A} (or {@code ${R.A}} in a Sub) of a resource of the template. */
    Value attribute(String logicalId, String attribute, Node call) {
        if (attribute.startsWith(NESTED_OUTPUTS) && isNestedStack(logicalId)) {
            return otherStacks.nestedStackOutput(logicalId, attribute.substring(NESTED_OUTPUTS.length()), call);
        }
        return new Value.ResourceRef(logicalId, Optional.of(attribute), call);
    }

    private boolean isNestedStack(String logicalId) {
        return template.resource(logicalId).filter(r -> NESTED_STACK_TYPES.contains(r.type())).isPresent();
    }

    private Value join(Node argument, Node call) {
        List<Value> parts = arguments(argument);
        if (parts.size() != 2 || !(parts.get(0) instanceof Value.Text delimiter)) {
            return new Value.Unknown("Fn::Join needs a delimiter and a list", call);
        }
        if (!(parts.get(1) instanceof Value.ListValue list)) {
            return new Value.Unknown("the list joined by Fn::Join is not known statically", call);
        }
        List<Value> pieces = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0 && !delimiter.text().isEmpty()) {
                pieces.add(new Value.Text(delimiter.text(), call));
            }
            Value item = list.items().get(i);
            if (item instanceof Value.Concat concat) {
                pieces.addAll(concat.parts());
            } else {
                pieces.add(item);
            }
        }
        return Strings.concat(pieces, call);
    }

    private Value select(Node argument, Node call) {
        List<Value> parts = arguments(argument);
        if (parts.size() != 2) {
            return new Value.Unknown("Fn::Select needs an index and a list", call);
        }
        Optional<Long> index = parts.get(0).asLong();
        if (index.isEmpty()) {
            return new Value.Unknown("the index of Fn::Select is not known statically", call);
        }
        Value list = parts.get(1);
        if (list instanceof Value.ListValue known) {
            if (index.get() < 0 || index.get() >= known.items().size()) {
                return new Value.Unknown("Fn::Select index " + index.get() + " is outside a list of "
                        + known.items().size(), call);
            }
            return known.items().get(index.get().intValue());
        }
        Optional<String> listIdentity = identityOf(list);
        return new Value.Unknown("Fn::Select picks from a list known only at deploy time",
                listIdentity.map(id -> "!Select [" + index.get() + ", " + id + "]"), call);
    }

    private static Optional<String> identityOf(Value value) {
        if (value instanceof Value.Unknown unknown) {
            return unknown.identity();
        }
        if (value instanceof Value.ParameterRef parameter) {
            return Optional.of("!Ref " + parameter.name());
        }
        if (value instanceof Value.ResourceRef ref) {
            return Optional.of(ref.attribute().map(a -> "!GetAtt " + ref.logicalId() + "." + a)
                    .orElse("!Ref " + ref.logicalId()));
        }
        if (value instanceof Value.OtherStackRef other) {
            return Optional.of(other.via());
        }
        return Optional.empty();
    }

    private Value split(Node argument, Node call) {
        List<Value> parts = arguments(argument);
        if (parts.size() != 2 || !(parts.get(0) instanceof Value.Text delimiter) || delimiter.text().isEmpty()) {
            return new Value.Unknown("Fn::Split needs a delimiter and a string", call);
        }
        if (!(parts.get(1) instanceof Value.Text source)) {
            Optional<String> identity = identityOf(parts.get(1));
            return new Value.Unknown("the string split by Fn::Split is not known statically",
                    identity.map(id -> "!Split ['" + delimiter.text() + "', " + id + "]"), call);
        }
        List<Value> items = new ArrayList<>();
        for (String piece : source.text().split(java.util.regex.Pattern.quote(delimiter.text()), -1)) {
            items.add(new Value.Text(piece, call));
        }
        return new Value.ListValue(items, call);
    }

    private Value ifFunction(Node argument, Node call) {
        if (!(argument instanceof ListNode list) || list.items().size() != 3
                || !(list.items().get(0) instanceof ScalarNode conditionName)) {
            return new Value.Unknown("Fn::If needs a condition name and two values", call);
        }
        String name = conditionName.text();
        if (!conditionDefinitions.containsKey(name)) {
            return new Value.Unknown("Fn::If uses condition " + name + ", which is not defined", call);
        }
        return switch (condition(name)) {
            case YES -> resolve(list.items().get(1));
            case NO -> resolve(list.items().get(2));
            case UNKNOWN -> new Value.Choice(name, resolve(list.items().get(1)), resolve(list.items().get(2)), call);
        };
    }

    private Value findInMap(Node argument, Node call) {
        List<Value> parts = arguments(argument);
        if (parts.size() < 3) {
            return new Value.Unknown("Fn::FindInMap needs a map name and two keys", call);
        }
        if (!(parts.get(0) instanceof Value.Text map) || !(parts.get(1) instanceof Value.Text top)
                || !(parts.get(2) instanceof Value.Text second)) {
            return new Value.Unknown("the keys of Fn::FindInMap are not known statically", call);
        }
        Optional<Node> found = template.mappings().getMap(map.text())
                .flatMap(m -> m.getMap(top.text()))
                .flatMap(m -> m.get(second.text()));
        if (found.isEmpty()) {
            return new Value.Unknown("Fn::FindInMap finds no " + map.text() + "/" + top.text() + "/" + second.text(),
                    call);
        }
        return resolve(found.get());
    }

    private Value getAzs(Node argument, Node call) {
        Value region = resolve(argument);
        // !GetAZs '' and !GetAZs !Ref AWS::Region name the same list.
        String which = region.asText().filter(r -> !r.isEmpty()).or(deployment::region).orElse("");
        return new Value.Unknown("Availability Zone names depend on the account",
                Optional.of("!GetAZs '" + which + "'"), call);
    }

    private Value importValue(Node argument, Node call) {
        Optional<String> name = resolve(argument).literalText();
        if (name.isEmpty()) {
            return new Value.Unknown("the export name of Fn::ImportValue is not known statically", call);
        }
        return otherStacks.importValue(name.get(), call);
    }

    private Value stackOutput(Node argument, Node call) {
        if (!(argument instanceof MapNode map)) {
            return new Value.Unknown("Fn::GetStackOutput needs a mapping with StackName and OutputName", call);
        }
        Optional<String> stack = map.get("StackName").map(this::resolve).flatMap(Value::literalText);
        Optional<String> output = map.get("OutputName").map(this::resolve).flatMap(Value::literalText);
        if (stack.isEmpty() || output.isEmpty()) {
            return new Value.Unknown("the stack or output named by Fn::GetStackOutput is not known statically", call);
        }
        Optional<String> region = map.get("Region").map(this::resolve).flatMap(Value::literalText)
                .or(deployment::region);
        return otherStacks.stackOutput(stack.get(), output.get(), region, call);
    }

    private Value length(Node argument, Node call) {
        Value list = resolve(argument);
        return list.asList().<Value>map(items -> new Value.Text(Integer.toString(items.size()), call))
                .orElseGet(() -> new Value.Unknown("the list measured by Fn::Length is not known statically", call));
    }

    /** The resolved items of a function's argument list (empty when the argument is no list). */
    private List<Value> arguments(Node argument) {
        if (!(argument instanceof ListNode list)) {
            return List.of();
        }
        List<Value> values = new ArrayList<>();
        for (Node item : list.items()) {
            values.add(resolve(item));
        }
        return values;
    }

    // ---- conditions ------------------------------------------------------------------------

    private TriState evaluateCondition(Node node) {
        if (depth >= MAX_DEPTH) {
            return TriState.UNKNOWN;
        }
        depth++;
        try {
            return evaluateConditionNode(node);
        } finally {
            depth--;
        }
    }

    private TriState evaluateConditionNode(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.text().equalsIgnoreCase("true") ? TriState.YES
                    : scalar.text().equalsIgnoreCase("false") ? TriState.NO : TriState.UNKNOWN;
        }
        if (!(node instanceof MapNode map) || map.singleEntry().isEmpty()) {
            return TriState.UNKNOWN;
        }
        MapNode.Entry function = map.singleEntry().get();
        Node argument = function.value();
        switch (function.name()) {
            case "Condition":
                return argument instanceof ScalarNode name ? condition(name.text()) : TriState.UNKNOWN;
            case "Fn::Not":
                return argument instanceof ListNode list && list.items().size() == 1
                        ? evaluateCondition(list.items().get(0)).not() : TriState.UNKNOWN;
            case "Fn::And":
            case "Fn::Or":
                if (!(argument instanceof ListNode list) || list.items().isEmpty()) {
                    return TriState.UNKNOWN;
                }
                boolean and = function.name().equals("Fn::And");
                TriState result = TriState.of(and);
                for (Node item : list.items()) {
                    TriState next = evaluateCondition(item);
                    result = and ? result.and(next) : result.or(next);
                }
                return result;
            case "Fn::Equals":
                List<Value> sides = arguments(argument);
                if (sides.size() != 2) {
                    return TriState.UNKNOWN;
                }
                Optional<String> left = sides.get(0).literalText();
                Optional<String> right = sides.get(1).literalText();
                return left.isPresent() && right.isPresent()
                        ? TriState.of(left.get().equals(right.get())) : TriState.UNKNOWN;
            default:
                return TriState.UNKNOWN;
        }
    }
}
