package io.github.lambdalint.rule;

import java.util.List;
import java.util.regex.Pattern;

import io.github.lambdalint.finding.Level;

/**
 * What a rule is, for every place that lists rules: {@code --list-rules}, {@code --explain},
 * SARIF's rule array and the docs. The long help lives in {@code docs/rules/ID.md}.
 *
 * @param name       a PascalCase name, as SARIF wants ({@code VpcFunctionWithoutEgress})
 * @param summary    one sentence: SARIF {@code shortDescription}
 * @param description a paragraph: SARIF {@code fullDescription}
 * @param precision  SARIF/CodeQL precision: very-high, high, medium, low
 */
public record RuleInfo(String id, String name, Level defaultLevel, String summary, String description,
                       List<String> tags, String precision) {

    private static final Pattern ID = Pattern.compile("LL\\d{3}");

    public RuleInfo {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ids look like LL101, not " + id);
        }
        tags = List.copyOf(tags);
    }
}
