package io.github.lambdalint.maven;

import org.apache.maven.plugin.logging.Log;

import io.github.lambdalint.engine.FailOn;
import io.github.lambdalint.engine.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.RelatedLocation;

/**
 * Writes findings to Maven's log at their own level, as {@code path:line:col: LLnnn message
 * [Resource]} with the evidence indented below (the CLI's text layout, with Maven's level
 * prefix for the level word), then one summary line. Suppressed findings appear only with
 * {@code -X}.
 */
final class FindingLogger {

    private final Log log;

    FindingLogger(Log log) {
        this.log = log;
    }

    void log(LintResult result) {
        for (Finding finding : result.findings()) {
            if (finding.isSuppressed()) {
                if (log.isDebugEnabled()) {
                    log.debug(line(finding) + " (suppressed: " + finding.suppression().get().justification() + ")");
                }
                continue;
            }
            write(finding.level(), line(finding));
            for (RelatedLocation evidence : finding.evidence()) {
                write(finding.level(), "    related: " + printable(evidence.location().toString()) + ": "
                        + printable(evidence.description()));
            }
        }
    }

    static String line(Finding finding) {
        return printable(finding.location().toString()) + ": " + finding.ruleId() + " " + printable(finding.message())
                + finding.resource().map(r -> " [" + printable(r) + "]").orElse("");
    }

    /** Messages quote template text: control characters would break the one line per finding. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            shown.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return shown.toString();
    }

    static String summary(LintResult result, FailOn failOn, String sarif) {
        return "lambda-lint: " + plural(result.templatesLinted(), "template") + " checked, "
                + plural(result.count(Level.ERROR), "error") + ", "
                + plural(result.count(Level.WARNING), "warning") + ", "
                + plural(result.count(Level.NOTE), "note")
                + (result.suppressedCount() > 0 ? ", " + result.suppressedCount() + " suppressed" : "")
                + " (failOn: " + failOn.label() + "); SARIF: " + sarif;
    }

    private void write(Level level, String text) {
        switch (level) {
            case ERROR -> log.error(text);
            case WARNING -> log.warn(text);
            case NOTE -> log.info(text);
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
