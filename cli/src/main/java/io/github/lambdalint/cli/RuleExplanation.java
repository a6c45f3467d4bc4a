package io.github.lambdalint.cli;

import java.util.function.Function;
import java.util.Optional;

import io.github.lambdalint.rule.RuleDocs;
import io.github.lambdalint.rule.RuleInfo;

/** {@code --explain ID}: the rule's documentation page, or what its metadata says when the page is missing. */
final class RuleExplanation {

    private RuleExplanation() {
    }

    static String of(RuleInfo rule, Function<String, Optional<String>> docs) {
        String page = docs.apply(rule.id()).filter(text -> !text.isBlank()).orElseGet(() -> fromMetadata(rule));
        return page.endsWith("\n") ? page : page + "\n";
    }

    private static String fromMetadata(RuleInfo rule) {
        return "# " + rule.id() + " " + rule.name() + "\n\n"
                + "Default level: " + rule.defaultLevel().label() + "\n\n"
                + rule.summary() + "\n\n"
                + rule.description() + "\n\n"
                + "Tags: " + String.join(", ", rule.tags()) + "; precision: " + rule.precision() + "\n"
                + "More: " + RuleDocs.uri(rule.id()) + "\n";
    }
}
