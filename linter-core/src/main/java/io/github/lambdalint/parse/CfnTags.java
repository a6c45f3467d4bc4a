package io.github.lambdalint.parse;

import java.util.Map;
import java.util.Optional;

/** The CloudFormation short-form YAML tags and the long-form keys they stand for. */
final class CfnTags {

    private static final Map<String, String> LONG_FORMS = Map.ofEntries(
            Map.entry("!Ref", "Ref"),
            Map.entry("!Condition", "Condition"),
            Map.entry("!GetAtt", "Fn::GetAtt"),
            Map.entry("!Sub", "Fn::Sub"),
            Map.entry("!Join", "Fn::Join"),
            Map.entry("!Select", "Fn::Select"),
            Map.entry("!Split", "Fn::Split"),
            Map.entry("!If", "Fn::If"),
            Map.entry("!Equals", "Fn::Equals"),
            Map.entry("!And", "Fn::And"),
            Map.entry("!Or", "Fn::Or"),
            Map.entry("!Not", "Fn::Not"),
            Map.entry("!FindInMap", "Fn::FindInMap"),
            Map.entry("!ImportValue", "Fn::ImportValue"),
            Map.entry("!GetStackOutput", "Fn::GetStackOutput"),
            Map.entry("!Base64", "Fn::Base64"),
            Map.entry("!Cidr", "Fn::Cidr"),
            Map.entry("!GetAZs", "Fn::GetAZs"),
            Map.entry("!Transform", "Fn::Transform"),
            Map.entry("!ToJsonString", "Fn::ToJsonString"),
            Map.entry("!Length", "Fn::Length"),
            // Rule-section functions: valid only under Rules, but valid there.
            Map.entry("!Contains", "Fn::Contains"),
            Map.entry("!EachMemberEquals", "Fn::EachMemberEquals"),
            Map.entry("!EachMemberIn", "Fn::EachMemberIn"),
            Map.entry("!RefAll", "Fn::RefAll"),
            Map.entry("!ValueOf", "Fn::ValueOf"),
            Map.entry("!ValueOfAll", "Fn::ValueOfAll"));

    private static final String YAML_CORE_PREFIX = "tag:yaml.org,2002:";

    /**
     * The standard tags a template may use, and the scalar type each gives. {@code !!seq} and
     * {@code !!map} name collections; {@code !!binary} and {@code !!timestamp} (YAML 1.1) are read
     * as strings. Any other {@code !!} tag ({@code !!java.lang.Runtime}, {@code !!python/object})
     * is unknown: nothing here ever constructs an object from a tag.
     */
    private static final Map<String, Optional<ScalarNode.ScalarType>> STANDARD = Map.of(
            "str", Optional.of(ScalarNode.ScalarType.STRING),
            "int", Optional.of(ScalarNode.ScalarType.INTEGER),
            "float", Optional.of(ScalarNode.ScalarType.FLOAT),
            "bool", Optional.of(ScalarNode.ScalarType.BOOLEAN),
            "null", Optional.of(ScalarNode.ScalarType.NULL),
            "binary", Optional.of(ScalarNode.ScalarType.STRING),
            "timestamp", Optional.of(ScalarNode.ScalarType.STRING),
            "seq", Optional.empty(),
            "map", Optional.empty());

    private CfnTags() {
    }

    static Optional<String> longForm(String tag) {
        return Optional.ofNullable(LONG_FORMS.get(tag));
    }

    /** Standard YAML tags ({@code !!str}, {@code !!int}, ..., and the non-specific {@code !}). */
    static boolean isStandardYamlTag(String tag) {
        return tag.equals("!") || tag.startsWith(YAML_CORE_PREFIX)
                && STANDARD.containsKey(tag.substring(YAML_CORE_PREFIX.length()));
    }

    /** The scalar type a standard tag gives; empty for {@code !} and for the collection tags. */
    static Optional<ScalarNode.ScalarType> scalarType(String tag) {
        return tag.startsWith(YAML_CORE_PREFIX)
                ? STANDARD.getOrDefault(tag.substring(YAML_CORE_PREFIX.length()), Optional.empty())
                : Optional.empty();
    }

    /** Whether a standard tag fits the kind of node it is on ({@code !!map} only on a mapping). */
    static boolean fits(String tag, Node node) {
        String name = tag.startsWith(YAML_CORE_PREFIX) ? tag.substring(YAML_CORE_PREFIX.length()) : "";
        return switch (name) {
            case "seq" -> node instanceof ListNode;
            case "map" -> node instanceof MapNode;
            case "" -> true;
            default -> node instanceof ScalarNode;
        };
    }

    /** A tag as a template author writes it: {@code !!java.lang.Runtime}, not its expanded URI. */
    static String written(String tag) {
        return Excerpt.of(tag.startsWith(YAML_CORE_PREFIX) ? "!!" + tag.substring(YAML_CORE_PREFIX.length()) : tag);
    }
}
