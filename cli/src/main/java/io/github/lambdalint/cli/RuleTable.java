package io.github.lambdalint.cli;

import java.io.PrintWriter;
import java.util.List;

import io.github.lambdalint.rule.RuleInfo;

/** {@code --list-rules}: one row per rule, columns as wide as their longest entry. */
final class RuleTable {

    private RuleTable() {
    }

    static void print(List<RuleInfo> rules, PrintWriter out) {
        int nameWidth = Math.max("NAME".length(), rules.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        String row = "%-6s %-8s %-" + nameWidth + "s  %s%n";
        out.printf(row, "ID", "LEVEL", "NAME", "SUMMARY");
        for (RuleInfo rule : rules) {
            out.printf(row, rule.id(), rule.defaultLevel().label(), rule.name(), rule.summary());
        }
        out.flush();
    }
}
