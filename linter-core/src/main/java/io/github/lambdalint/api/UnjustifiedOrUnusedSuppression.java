package io.github.lambdalint.api;

import java.util.List;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/** LL001: a suppression without a reason, or one that matches no finding. */
public final class UnjustifiedOrUnusedSuppression {

    public static final RuleInfo INFO = new RuleInfo("LL001", "UnjustifiedOrUnusedSuppression", Level.NOTE,
            "A suppression has no reason, or matches no finding.",
            "Suppressions (Metadata lambda-lint ignore entries in a template, suppress entries in .lambda-lint.yml) "
                    + "must say why the finding is accepted, so the reason survives code review. A suppression that "
                    + "matches no finding is stale: the problem was fixed, the resource renamed, or the entry "
                    + "never matched. Both are reported as notes.",
            List.of("maintainability", "suppression"), "very-high");

    private UnjustifiedOrUnusedSuppression() {
    }
}
