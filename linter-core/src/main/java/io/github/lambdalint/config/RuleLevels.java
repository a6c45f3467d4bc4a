package io.github.lambdalint.config;

import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/** The user's choice of level per rule; an empty level turns the rule off. */
public record RuleLevels(Map<String, Optional<Level>> overrides) {

    public static final RuleLevels DEFAULTS = new RuleLevels(Map.of());

    public RuleLevels {
        overrides = Map.copyOf(overrides);
    }

    public boolean isOff(String ruleId) {
        Optional<Level> level = overrides.get(ruleId);
        return level != null && level.isEmpty();
    }

    public Level levelOf(RuleInfo rule) {
        Optional<Level> level = overrides.get(rule.id());
        return level == null ? rule.defaultLevel() : level.orElse(rule.defaultLevel());
    }
}
