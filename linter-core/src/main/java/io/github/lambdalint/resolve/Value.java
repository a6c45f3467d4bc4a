package io.github.lambdalint.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Position;

/**
 * A template value after intrinsic functions are resolved as far as the template allows. What
 * cannot be known statically stays visible in the type ({@link Unknown}, {@link ParameterRef},
 * {@link ResourceRef}, {@link Choice}), so a rule has to decide what an unknown means to it.
 * Every value keeps the node it came from, for positions.
 */
public sealed interface Value {

    Node source();

    default Position position() {
        return source().position();
    }

    /** A string, number or boolean, as text (CloudFormation passes all three as strings). */
    record Text(String text, Node source) implements Value {
    }

    record ListValue(List<Value> items, Node source) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }
    }

    record MapValue(Map<String, Value> entries, Node source) implements Value {
        public MapValue {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Value> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        /** Where the key is written, when this map was written as a mapping in the template. */
        public Optional<Position> keyPosition(String key) {
            return source instanceof io.github.lambdalint.parse.MapNode map
                    ? map.entry(key).map(e -> e.key().position()) : Optional.empty();
        }
    }

    /**
     * {@code Ref} to a resource (no attribute) or {@code Fn::GetAtt}. SAM's {@code Ref: Fn.Version}
     * and {@code Ref: Fn.Alias} arrive as attribute {@code Version} / {@code Alias}.
     */
    record ResourceRef(String logicalId, Optional<String> attribute, Node source) implements Value {
        public boolean isAttribute(String name) {
            return attribute.filter(name::equals).isPresent();
        }
    }

    /**
     * A resource of another template of the run, reached through {@code Fn::ImportValue} or
     * {@code Fn::GetStackOutput} ({@code via}, as the template writes it): {@code resource} is
     * resolved in the template {@code stack} (its path as reports show it). Never a
     * {@link ResourceRef}, so nothing mistakes it for a resource of this template.
     */
    record OtherStackRef(String stack, ResourceRef resource, String via, Node source) implements Value {
        public boolean isId(String idAttribute) {
            return resource.attribute().isEmpty() || resource.isAttribute(idAttribute);
        }
    }

    /** A parameter the user did not give a value for; its default is kept but not assumed. */
    record ParameterRef(String name, String type, Optional<Value> defaultValue, Node source) implements Value {
    }

    /**
     * A value that cannot be known statically. Two unknowns with the same identity are the same
     * value at deploy time (the same import, the same {@code !Select [0, !GetAZs '']}).
     */
    record Unknown(String reason, Optional<String> identity, Node source) implements Value {
        public Unknown(String reason, Node source) {
            this(reason, Optional.empty(), source);
        }
    }

    /** A string built by {@code Fn::Sub} or {@code Fn::Join} from parts not all known. */
    record Concat(List<Value> parts, Node source) implements Value {
        public Concat {
            parts = List.copyOf(parts);
        }

        /** The text when every part is literal text. */
        public Optional<String> literal() {
            StringBuilder text = new StringBuilder();
            for (Value part : parts) {
                if (!(part instanceof Text t)) {
                    return Optional.empty();
                }
                text.append(t.text());
            }
            return Optional.of(text.toString());
        }

        /** The literal text at the end, after the last part that is not literal. */
        public String literalSuffix() {
            StringBuilder suffix = new StringBuilder();
            for (int i = parts.size() - 1; i >= 0 && parts.get(i) instanceof Text t; i--) {
                suffix.insert(0, t.text());
            }
            return suffix.toString();
        }
    }

    /** {@code Fn::If} on a condition that cannot be decided: either branch may be deployed. */
    record Choice(String condition, Value whenTrue, Value whenFalse, Node source) implements Value {

        /**
         * For {@code !If [C, X, !Ref AWS::NoValue]} (or the mirror form): the value that is there
         * only under a condition, and that condition ({@code C}, or {@code !C} for the false branch).
         */
        public Optional<Present> presentOnlyIf() {
            if (whenFalse instanceof NoValue && !(whenTrue instanceof NoValue)) {
                return Optional.of(new Present(condition, whenTrue));
            }
            if (whenTrue instanceof NoValue && !(whenFalse instanceof NoValue)) {
                return Optional.of(new Present("!" + condition, whenFalse));
            }
            return Optional.empty();
        }
    }

    /** A value deployed only when a condition holds ({@code !Name} when it must not hold). */
    record Present(String condition, Value value) {
    }

    /** {@code AWS::NoValue}: the property is left out. */
    record NoValue(Node source) implements Value {
    }

    // ---- reading helpers -------------------------------------------------------------------

    default Optional<String> asText() {
        return this instanceof Text t ? Optional.of(t.text()) : Optional.empty();
    }

    default Optional<List<Value>> asList() {
        return this instanceof ListValue l ? Optional.of(l.items()) : Optional.empty();
    }

    default Optional<MapValue> asMap() {
        return this instanceof MapValue m ? Optional.of(m) : Optional.empty();
    }

    /** The text parsed as an integer, when it is known and whole. */
    default Optional<Long> asLong() {
        return asText().flatMap(t -> {
            try {
                return Optional.of(Long.parseLong(t.strip()));
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(t.strip());
                    return d == Math.rint(d) ? Optional.of((long) d) : Optional.empty();
                } catch (NumberFormatException notANumber) {
                    return Optional.empty();
                }
            }
        });
    }

    default Optional<Boolean> asBoolean() {
        return asText().map(String::strip).flatMap(t -> t.equalsIgnoreCase("true") ? Optional.of(true)
                : t.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty());
    }

    /** Literal text, including a {@link Concat} whose parts are all literal. */
    default Optional<String> literalText() {
        if (this instanceof Concat c) {
            return c.literal();
        }
        return asText();
    }

    /** True for text, lists and maps: values whose content (not their parts) is known. */
    default boolean isKnown() {
        return this instanceof Text || this instanceof ListValue || this instanceof MapValue;
    }

    /** Every value this can deploy as: the branches of a {@link Choice}, flattened. */
    default List<Value> alternatives() {
        if (this instanceof Choice c) {
            List<Value> all = new ArrayList<>(c.whenTrue().alternatives());
            all.addAll(c.whenFalse().alternatives());
            return all;
        }
        return List.of(this);
    }

    /** Every resource reference anywhere inside this value (in Sub strings, lists, maps, branches). */
    default Stream<ResourceRef> references() {
        if (this instanceof ResourceRef r) {
            return Stream.of(r);
        }
        if (this instanceof ListValue l) {
            return l.items().stream().flatMap(Value::references);
        }
        if (this instanceof MapValue m) {
            return m.entries().values().stream().flatMap(Value::references);
        }
        if (this instanceof Concat c) {
            return c.parts().stream().flatMap(Value::references);
        }
        if (this instanceof Choice c) {
            return Stream.concat(c.whenTrue().references(), c.whenFalse().references());
        }
        return Stream.empty();
    }

    /** Every parameter reference anywhere inside this value. */
    default Stream<ParameterRef> parameters() {
        if (this instanceof ParameterRef p) {
            return Stream.of(p);
        }
        if (this instanceof ListValue l) {
            return l.items().stream().flatMap(Value::parameters);
        }
        if (this instanceof MapValue m) {
            return m.entries().values().stream().flatMap(Value::parameters);
        }
        if (this instanceof Concat c) {
            return c.parts().stream().flatMap(Value::parameters);
        }
        if (this instanceof Choice c) {
            return Stream.concat(c.whenTrue().parameters(), c.whenFalse().parameters());
        }
        return Stream.empty();
    }

    /**
     * True when both values are certainly the same at deploy time: equal text, the same resource
     * attribute, the same parameter, or unknowns of the same identity.
     */
    default boolean isSameAs(Value other) {
        if (this instanceof Text a && other instanceof Text b) {
            return a.text().equals(b.text());
        }
        if (this instanceof ResourceRef a && other instanceof ResourceRef b) {
            return a.logicalId().equals(b.logicalId()) && a.attribute().equals(b.attribute());
        }
        if (this instanceof ParameterRef a && other instanceof ParameterRef b) {
            return a.name().equals(b.name());
        }
        if (this instanceof OtherStackRef a && other instanceof OtherStackRef b) {
            return a.stack().equals(b.stack()) && a.resource().isSameAs(b.resource());
        }
        if (this instanceof Unknown a && other instanceof Unknown b) {
            return a.identity().isPresent() && a.identity().equals(b.identity());
        }
        return false;
    }
}
