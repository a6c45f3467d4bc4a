package io.github.lambdalint.api;

/**
 * A bug in lambda-lint met while checking one file: an exception escaped the parser, the model or
 * a rule. The other files are still linted; the front ends exit with status 3 and ask for a report.
 *
 * @param stage what was running: "reading", "building the model", "rule LL101", "applying suppressions"
 */
public record LintCrash(String file, String stage, Throwable cause) {
}
