package io.github.lambdalint.maven;

import org.apache.maven.plugin.logging.Log;

import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.report.FindingText;

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
            if (finding.isInBaseline()) {
                if (log.isDebugEnabled()) {
                    log.debug(line(finding) + " (in the baseline)");
                }
                continue;
            }
            write(finding.level(), line(finding));
            for (RelatedLocation evidence : finding.evidence()) {
                write(finding.level(), FindingText.related(evidence));
            }
        }
    }

    static String line(Finding finding) {
        return FindingText.place(finding.location()) + ": " + FindingText.body(finding);
    }

    static String summary(LintResult result, String sarif) {
        return "lambda-lint: " + plural(result.templatesLinted(), "template") + " checked, "
                + plural(result.count(Level.ERROR), "error") + ", "
                + plural(result.count(Level.WARNING), "warning") + ", "
                + plural(result.count(Level.NOTE), "note")
                + (result.suppressedCount() > 0 ? ", " + result.suppressedCount() + " suppressed" : "")
                + (result.baselineCount() > 0 ? ", " + result.baselineCount() + " in the baseline" : "")
                + " (failOn: " + result.failOn().label() + "); SARIF: " + sarif;
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
