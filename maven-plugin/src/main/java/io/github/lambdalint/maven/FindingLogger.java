package io.github.lambdalint.maven;

import java.util.function.UnaryOperator;

import org.apache.maven.plugin.logging.Log;

import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.report.FindingText;
import io.github.lambdalint.report.TextReporter;

/**
 * Writes each finding to Maven's log as one line, {@code path:line:col: level LLnnn message
 * [Resource]}, with its evidence under it at {@code [INFO]}; then one summary line. The log level
 * says what the finding does to the build, so log scanners count what fails it: {@code [ERROR]}
 * for a finding at or above {@code failOn}, {@code [WARNING]} for an error or warning below it,
 * {@code [INFO]} for a note below it. Suppressed and baseline findings appear only with {@code -X}.
 */
final class FindingLogger {

    private final Log log;
    private final UnaryOperator<String> paths;

    /** @param paths turns a finding's path (relative to the module) into the one the log shows */
    FindingLogger(Log log, UnaryOperator<String> paths) {
        this.log = log;
        this.paths = paths;
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
            if (result.failOn().threshold().filter(finding.level()::isAtLeast).isPresent()) {
                log.error(line(finding));
            } else if (finding.level() == Level.NOTE) {
                log.info(line(finding));
            } else {
                log.warn(line(finding));
            }
            for (RelatedLocation evidence : finding.evidence()) {
                log.info(FindingText.related(new RelatedLocation(evidence.description(), shown(evidence.location()))));
            }
        }
    }

    private String line(Finding finding) {
        return FindingText.place(shown(finding.location())) + ": " + finding.level().label() + " "
                + FindingText.body(finding);
    }

    private Location shown(Location location) {
        return new Location(paths.apply(location.file()), location.position());
    }

    static String summary(LintResult result, String sarif) {
        return "lambda-lint: " + TextReporter.counted(result.templatesLinted(), "template") + " checked, "
                + TextReporter.counted(result.count(Level.ERROR), "error") + ", "
                + TextReporter.counted(result.count(Level.WARNING), "warning") + ", "
                + TextReporter.counted(result.count(Level.NOTE), "note")
                + (result.suppressedCount() > 0 ? ", " + result.suppressedCount() + " suppressed" : "")
                + (result.baselineCount() > 0 ? ", " + result.baselineCount() + " in the baseline" : "")
                + " (failOn: " + result.failOn().label() + "); SARIF: " + sarif;
    }
}
