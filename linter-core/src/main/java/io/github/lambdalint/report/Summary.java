package io.github.lambdalint.report;

import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Level;

/** The counts a report ends with. Level counts leave suppressed and baseline findings out; they are counted apart. */
record Summary(int templates, long errors, long warnings, long notes, long suppressed, long inBaseline,
               int fileErrors, int internalErrors) {

    static Summary of(LintResult result) {
        return new Summary(result.templatesLinted(), result.count(Level.ERROR), result.count(Level.WARNING),
                result.count(Level.NOTE), result.suppressedCount(), result.baselineCount(), result.fileErrors().size(),
                result.crashes().size());
    }
}
