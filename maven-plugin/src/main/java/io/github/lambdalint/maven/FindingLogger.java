package io.github.lambdalint.maven;

import org.apache.maven.plugin.logging.Log;

import io.github.lambdalint.engine.FailOn;
import io.github.lambdalint.engine.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.RelatedLocation;

/**
 * Writes findings to Maven's log at their own level, as {@code path:line:col: LLnnn message
 * [Resource]} with the evidence indented below, then one summary line. Suppressed findings
 * appear only with {@code -X}.
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
                write(finding.level(), "    " + evidence.location() + ": " + evidence.description());
            }
        }
    }

    static String line(Finding finding) {
        return finding.location() + ": " + finding.ruleId() + " " + finding.message()
                + finding.resource().map(r -> " [" + r + "]").orElse("");
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
