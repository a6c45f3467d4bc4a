package io.github.lambdalint.api;

import java.util.List;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/**
 * Everything one run found, in report order, and the level that fails it. {@code rules} lists
 * every rule that ran (LL000 first), in id order, for reporters that describe rules.
 *
 * @param failOn        the level that fails this run: the request's, else the configuration's, else error
 * @param warnings      mistakes in what the caller gave that did not stop the run, in words (a parameter value for
 *                      a parameter no linted template declares); front ends show them as warnings
 * @param snapshotSkips the files and keys of the AWS snapshot that were not read, for {@code --verbose}
 */
public record LintResult(List<Finding> findings, List<FileError> fileErrors, List<LintCrash> crashes,
                         int templatesLinted, List<String> skippedFiles, List<RuleInfo> rules, FailOn failOn,
                         List<String> warnings, List<String> snapshotSkips) {

    public LintResult(List<Finding> findings, List<FileError> fileErrors, List<LintCrash> crashes,
                      int templatesLinted, List<String> skippedFiles, List<RuleInfo> rules, FailOn failOn,
                      List<String> warnings) {
        this(findings, fileErrors, crashes, templatesLinted, skippedFiles, rules, failOn, warnings, List.of());
    }

    public LintResult {
        snapshotSkips = List.copyOf(snapshotSkips);
        findings = List.copyOf(findings);
        fileErrors = List.copyOf(fileErrors);
        crashes = List.copyOf(crashes);
        skippedFiles = List.copyOf(skippedFiles);
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }

    /** A result without warnings. */
    public LintResult(List<Finding> findings, List<FileError> fileErrors, List<LintCrash> crashes,
                      int templatesLinted, List<String> skippedFiles, List<RuleInfo> rules, FailOn failOn) {
        this(findings, fileErrors, crashes, templatesLinted, skippedFiles, rules, failOn, List.of());
    }

    /** Findings that count (neither suppressed nor in the baseline) at or above the level. */
    public long countAtLeast(Level level) {
        return findings.stream().filter(f -> f.isActive() && f.level().isAtLeast(level)).count();
    }

    /** Findings that count at exactly the level. */
    public long count(Level level) {
        return findings.stream().filter(f -> f.isActive() && f.level() == level).count();
    }

    /** Findings that count at or above {@link #failOn}: the ones that fail the run. */
    public long failingCount() {
        return failOn.threshold().map(this::countAtLeast).orElse(0L);
    }

    public boolean fails() {
        return failingCount() > 0;
    }

    /** Unsuppressed findings that the baseline already had. */
    public long baselineCount() {
        return findings.stream().filter(f -> !f.isSuppressed() && f.isInBaseline()).count();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::isSuppressed).count();
    }
}
