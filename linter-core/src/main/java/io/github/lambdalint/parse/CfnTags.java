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

    private CfnTags() {
    }

    static Optional<String> longForm(String tag) {
        return Optional.ofNullable(LONG_FORMS.get(tag));
    }

    /** Standard YAML tags ({@code !!str}, {@code !!int}, ...) change nothing we read. */
    static boolean isStandardYamlTag(String tag) {
        return tag.startsWith(YAML_CORE_PREFIX) || tag.equals("!");
    }
}
