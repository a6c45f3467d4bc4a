package io.github.lambdalint.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Builds our {@link Node} tree from snakeyaml-engine's event stream. Composing from events
 * (rather than using the library's recursive composer) keeps the stack flat whatever the
 * nesting, and lets us enforce the depth and alias limits. A key written twice keeps its last
 * value, as CloudFormation does, and is reported at the later key; preprocessor directives become
 * one-entry mappings ({@code {Rain::Embed: file}}) and are reported once per file.
 */
final class YamlComposer {

    /** YAML's merge key, when written plain: {@code <<: *base}. */
    private static final String MERGE_KEY = "<<";
    /** Duplicate keys reported one by one; past this many a hostile file gets one summary. */
    static final int MAX_REPORTED_DUPLICATES = 100;

    private final ParseLimits limits;
    private final ScalarResolver scalarResolver = new CoreScalarResolver(false);
    /**
     * The type of each plain scalar met, resolved once: keys and values (Type, Properties, Arn,
     * true) repeat thousands of times in a large template, and resolving takes regular expressions.
     */
    private final Map<String, ScalarNode.ScalarType> plainTypes = new HashMap<>();
    private static final int MAX_REMEMBERED_PLAIN = 64;
    private final Map<String, Node> anchors = new HashMap<>();
    /** How many nodes each anchored node stands for once every alias inside it is expanded. */
    private final Map<Node, Long> expandedSizes = new IdentityHashMap<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int aliasCount;
    private Node root;
    private int documents;
    private final List<ParseProblem> duplicates = new ArrayList<>();
    private int duplicateCount;
    private Position firstUnlistedDuplicate;
    private final List<PreprocessorDirectives.Directive> directives = new ArrayList<>();

    YamlComposer(ParseLimits limits) {
        this.limits = limits;
    }

    /** Returns the root of the single document, or empty for a file with no document. */
    Optional<Node> compose(Iterable<Event> events) throws ParseProblemException {
        for (Event event : events) {
            switch (event.getEventId()) {
                case DocumentStart -> startDocument(event);
                case Scalar -> scalarEvent((ScalarEvent) event);
                case Alias -> alias((AliasEvent) event);
                case MappingStart -> push(new Frame(true, (CollectionStartEvent) event));
                case SequenceStart -> push(new Frame(false, (CollectionStartEvent) event));
                case MappingEnd, SequenceEnd -> pop();
                default -> {
                    // Stream and document ends and comments carry nothing we keep.
                }
            }
        }
        return Optional.ofNullable(root);
    }

    /** What the file holds that CloudFormation or its tools accept, but a reader should know. */
    List<ParseProblem> warnings() {
        List<ParseProblem> warnings = new ArrayList<>(duplicates);
        if (duplicateCount > MAX_REPORTED_DUPLICATES) {
            warnings.add(new ParseProblem((duplicateCount - MAX_REPORTED_DUPLICATES)
                    + " more duplicate keys from here on are not listed; each keeps its last value",
                    firstUnlistedDuplicate, ParseProblem.Kind.DUPLICATE_KEY, List.of()));
        }
        if (!directives.isEmpty()) {
            warnings.add(PreprocessorDirectives.problem(directives));
        }
        return warnings;
    }

    private void startDocument(Event event) throws ParseProblemException {
        documents++;
        if (documents > 1) {
            throw new ParseProblemException(
                    "the file holds more than one YAML document; a template is a single document",
                    position(event.getStartMark()));
        }
    }

    private void scalarEvent(ScalarEvent event) throws ParseProblemException {
        ScalarNode scalar = scalar(event);
        if (expectingKey()) {
            if (event.getTag().isPresent() && !CfnTags.isStandardYamlTag(event.getTag().get())) {
                String tag = event.getTag().get();
                throw new ParseProblemException(CfnTags.longForm(tag).isPresent()
                        ? "a mapping key cannot carry the tag " + tag : unknownTag(tag), scalar.position());
            }
            boolean merge = event.isPlain() && event.getTag().isEmpty() && scalar.text().equals(MERGE_KEY);
            acceptKey(scalar, merge);
            event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), scalar));
            return;
        }
        add(applyTag(scalar, event.getTag()), 1, event.getAnchor());
    }

    private boolean expectingKey() {
        return !frames.isEmpty() && frames.peek().mapping && !frames.peek().keyPending;
    }

    private ScalarNode scalar(ScalarEvent event) throws ParseProblemException {
        Position position = position(event.getStartMark());
        String value = event.getValue();
        if (value.length() > limits.maxStringLength()) {
            throw new ParseProblemException("a string of " + value.length() + " characters, more than the limit of "
                    + limits.maxStringLength(), position);
        }
        Optional<String> tag = event.getTag();
        if (tag.isPresent()) {
            return new ScalarNode(value, CfnTags.scalarType(tag.get()).orElse(ScalarNode.ScalarType.STRING), position);
        }
        ScalarNode.ScalarType type = ScalarNode.ScalarType.STRING;
        if (event.isPlain()) {
            // long text (a description, inline code) rarely repeats: resolved each time, not kept
            type = value.length() > MAX_REMEMBERED_PLAIN ? plainType(value)
                    : plainTypes.computeIfAbsent(value, this::plainType);
        }
        return new ScalarNode(value, type, position);
    }

    /** The type YAML's core schema gives a plain scalar. */
    private ScalarNode.ScalarType plainType(String value) {
        Tag resolved = scalarResolver.resolve(value, true);
        if (resolved.equals(Tag.INT)) {
            return ScalarNode.ScalarType.INTEGER;
        } else if (resolved.equals(Tag.FLOAT)) {
            return ScalarNode.ScalarType.FLOAT;
        } else if (resolved.equals(Tag.BOOL)) {
            return ScalarNode.ScalarType.BOOLEAN;
        } else if (resolved.equals(Tag.NULL)) {
            return ScalarNode.ScalarType.NULL;
        }
        return ScalarNode.ScalarType.STRING;
    }

    private void alias(AliasEvent event) throws ParseProblemException {
        Position position = position(event.getStartMark());
        String name = event.getAlias().getValue();
        Node target = anchors.get(name);
        if (target == null) {
            throw new ParseProblemException("alias *" + Excerpt.of(name) + " refers to no anchor", position);
        }
        aliasCount++;
        if (aliasCount > limits.maxAliases()) {
            throw new ParseProblemException(
                    "more than " + limits.maxAliases() + " YAML aliases; the limit guards against alias bombs",
                    position);
        }
        if (expectingKey()) {
            if (!(target instanceof ScalarNode key)) {
                throw new ParseProblemException("a mapping key must be a plain string, not " + target.kindName(),
                        position);
            }
            acceptKey(new ScalarNode(key.text(), key.type(), position), false);
            return;
        }
        add(target, expandedSizes.getOrDefault(target, 1L), Optional.empty(), position);
    }

    private void acceptKey(ScalarNode key, boolean merge) {
        Position earlier = frames.peek().acceptKey(key, merge);
        if (earlier == null) {
            return;
        }
        duplicateCount++;
        if (duplicateCount > MAX_REPORTED_DUPLICATES) {
            if (firstUnlistedDuplicate == null) {
                firstUnlistedDuplicate = key.position();
            }
            return;
        }
        duplicates.add(new ParseProblem("duplicate key '" + Excerpt.of(key.text()) + "' (also at line "
                + earlier.line() + "): CloudFormation keeps the last value, so this one is checked and the "
                + "one at line " + earlier.line() + " is ignored", key.position(), ParseProblem.Kind.DUPLICATE_KEY,
                List.of(new ParseProblem.Related("'" + Excerpt.of(key.text()) + "' also written here, ignored",
                        earlier))));
    }

    private void push(Frame frame) throws ParseProblemException {
        if (frames.size() >= limits.maxDepth()) {
            throw new ParseProblemException(
                    "nesting deeper than " + limits.maxDepth() + " levels", frame.position);
        }
        frames.push(frame);
    }

    private void pop() throws ParseProblemException {
        Frame frame = frames.pop();
        Node node = frame.mapping
                ? new MapNode(frame.mergedEntries(), frame.position)
                : new ListNode(frame.items, frame.position);
        if (node instanceof MapNode map && map.singleEntry().isPresent()
                && PreprocessorDirectives.isDirectiveKey(map.singleEntry().get().name())) {
            MapNode.Entry entry = map.singleEntry().get();
            directives.add(new PreprocessorDirectives.Directive(entry.name(), entry.value(), entry.key().position()));
        }
        add(applyTag(node, frame.tag), frame.expandedSize, frame.anchor);
    }

    private void add(Node node, long expandedSize, Optional<Anchor> anchor) throws ParseProblemException {
        add(node, expandedSize, anchor, node.position());
    }

    /** {@code at} is where the node is written: for an alias, the alias, not its anchor. */
    private void add(Node node, long expandedSize, Optional<Anchor> anchor, Position at) throws ParseProblemException {
        if (expectingKey()) {
            throw new ParseProblemException("a mapping key must be a plain string, not " + node.kindName(),
                    node.position());
        }
        anchor.ifPresent(a -> {
            anchors.put(a.getValue(), node);
            expandedSizes.put(node, expandedSize);
        });
        if (frames.isEmpty()) {
            root = node;
            return;
        }
        Frame parent = frames.peek();
        parent.accept(node, expandedSize, at);
        if (parent.expandedSize > limits.maxNodes()) {
            throw new ParseProblemException(aliasCount == 0
                    ? "the document has more than " + limits.maxNodes() + " nodes"
                    : "the document has more than " + limits.maxNodes() + " nodes once its YAML aliases are "
                            + "expanded; the limit guards against alias bombs", at);
        }
    }

    private Node applyTag(Node node, Optional<String> tag) throws ParseProblemException {
        if (tag.isEmpty()) {
            return node;
        }
        String name = tag.get();
        if (CfnTags.isStandardYamlTag(name)) {
            if (!CfnTags.fits(name, node)) {
                throw new ParseProblemException("the tag " + CfnTags.written(name) + " cannot stand on "
                        + node.kindName(), node.position());
            }
            return node;
        }
        Optional<String> directive = PreprocessorDirectives.longForm(name);
        if (directive.isPresent()) {
            directives.add(new PreprocessorDirectives.Directive(directive.get(), node, node.position()));
            return new MapNode(List.of(new MapNode.Entry(ScalarNode.string(directive.get(), node.position()), node)),
                    node.position());
        }
        String longForm = CfnTags.longForm(name)
                .orElseThrow(() -> new ParseProblemException(unknownTag(name), node.position()));
        Node argument = node;
        if (longForm.equals("Fn::GetAtt") && node instanceof ScalarNode scalar) {
            argument = splitGetAtt(scalar);
        }
        ScalarNode key = ScalarNode.string(longForm, node.position());
        return new MapNode(List.of(new MapNode.Entry(key, argument)), node.position());
    }

    private static String unknownTag(String tag) {
        return "unknown tag " + CfnTags.written(tag)
                + "; CloudFormation knows !Ref, !GetAtt, !Sub and the other Fn:: short forms";
    }

    /** {@code !GetAtt A.B.C} means resource A, attribute B.C. */
    private static Node splitGetAtt(ScalarNode scalar) {
        String text = scalar.text();
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            // Left for the resolver, which reports it as a value it cannot resolve.
            return new ListNode(List.of(scalar), scalar.position());
        }
        return new ListNode(List.of(
                ScalarNode.string(text.substring(0, dot), scalar.position()),
                ScalarNode.string(text.substring(dot + 1), scalar.position())), scalar.position());
    }

    static Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.START);
    }

    /** A mapping or sequence being built. */
    private static final class Frame {
        final boolean mapping;
        final Position position;
        final Optional<String> tag;
        final Optional<Anchor> anchor;
        // A template has hundreds of thousands of collections: each holds only what its kind needs.
        final List<MapNode.Entry> entries;
        final List<Node> items;
        /** Where each key was last written. */
        final Map<String, Position> keys;
        /** Index in {@link #entries} of each key, so a repeated key replaces its value in place. */
        final Map<String, Integer> entryIndex;
        /** Mappings named by merge keys ({@code <<: *base}), in the order they were given. */
        final List<MapNode> merges;
        ScalarNode pendingKey;
        boolean keyPending;
        boolean mergePending;
        long expandedSize = 1;

        Frame(boolean mapping, CollectionStartEvent event) {
            this.mapping = mapping;
            this.position = position(event.getStartMark());
            this.tag = event.getTag();
            this.anchor = event.getAnchor();
            entries = mapping ? new ArrayList<>() : List.of();
            items = mapping ? List.of() : new ArrayList<>();
            keys = mapping ? new HashMap<>() : Map.of();
            entryIndex = mapping ? new HashMap<>() : Map.of();
            merges = mapping ? new ArrayList<>() : List.of();
        }

        /** Takes the next key; returns where it was written before, or null. */
        Position acceptKey(ScalarNode key, boolean merge) {
            Position earlier = keys.put(key.text(), key.position());
            pendingKey = key;
            keyPending = true;
            mergePending = merge;
            return earlier;
        }

        void accept(Node value, long size, Position at) throws ParseProblemException {
            expandedSize += size;
            if (!mapping) {
                items.add(value);
                return;
            }
            keyPending = false;
            if (mergePending) {
                merge(value, at);
            } else {
                MapNode.Entry entry = new MapNode.Entry(pendingKey, value);
                Integer index = entryIndex.putIfAbsent(pendingKey.text(), entries.size());
                if (index == null) {
                    entries.add(entry);
                } else {
                    // CloudFormation keeps the last value of a repeated key.
                    entries.set(index, entry);
                }
            }
            pendingKey = null;
        }

        /**
         * YAML's merge key, which SAM CLI and {@code aws cloudformation package} resolve before
         * CloudFormation sees the template: {@code <<} names a mapping, or a list of mappings.
         */
        private void merge(Node value, Position at) throws ParseProblemException {
            // A repeated merge key replaces the earlier one, like any repeated key.
            merges.clear();
            if (value instanceof MapNode map) {
                merges.add(map);
                return;
            }
            if (value instanceof ListNode list && list.items().stream().allMatch(MapNode.class::isInstance)) {
                list.items().forEach(item -> merges.add((MapNode) item));
                return;
            }
            throw new ParseProblemException("the merge key << needs a mapping or a list of mappings, not "
                    + value.kindName(), at);
        }

        /** Keys written in the mapping win over merged ones; an earlier merged mapping over a later one. */
        List<MapNode.Entry> mergedEntries() {
            if (merges.isEmpty()) {
                return entries;
            }
            List<MapNode.Entry> result = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>(keys.keySet());
            for (MapNode merged : merges) {
                for (MapNode.Entry entry : merged.entries()) {
                    if (seen.add(entry.name())) {
                        result.add(entry);
                    }
                }
            }
            result.addAll(entries);
            return result;
        }
    }
}
