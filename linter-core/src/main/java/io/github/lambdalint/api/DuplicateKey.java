package io.github.lambdalint.api;

import java.util.List;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/** LL002: a key written twice in one mapping; the template is checked with the last value. */
public final class DuplicateKey {

    public static final RuleInfo INFO = new RuleInfo("LL002", "DuplicateKey", Level.WARNING,
            "A key is written twice in the same mapping; CloudFormation silently keeps the last value.",
            "YAML and JSON forbid a key written twice in one mapping, yet CloudFormation accepts such a template "
                    + "and keeps the last value, so the earlier one (often a resource or property edited in vain) is "
                    + "silently ignored. lambda-lint reports both places and checks the template with the last "
                    + "value, as CloudFormation deploys it.",
            List.of("correctness", "template"), "very-high");

    private DuplicateKey() {
    }
}
