package io.github.lambdalint.engine;

/**
 * A bug in lambda-lint met while checking one file. The other files are still linted; the
 * front ends exit with status 3 and ask for a report.
 */
public record InternalError(String file, String stage, Throwable cause) {
}
