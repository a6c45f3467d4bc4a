package io.github.lambdalint.maven;

import java.util.Locale;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.lambdalint.engine.LintResult;
import io.github.lambdalint.finding.Level;

/** The {@code failOn} parameter: the lowest level that fails the build, or never. */
record FailOn(Optional<Level> threshold) {

    static final String ALLOWED = "error, warning, note, never";

    static FailOn parse(String text) throws MojoExecutionException {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return new FailOn(Optional.empty());
        }
        Optional<Level> level = value.isEmpty() ? Optional.empty() : Level.parse(value);
        if (level.isEmpty()) {
            throw new MojoExecutionException("Invalid lambda-lint failOn value '" + text
                    + "' (parameter failOn, property lambda-lint.failOn): use one of " + ALLOWED + ".");
        }
        return new FailOn(level);
    }

    /** Unsuppressed findings at or above the threshold: these fail the build. */
    long failing(LintResult result) {
        return threshold.map(result::countAtLeast).orElse(0L);
    }

    String label() {
        return threshold.map(Level::label).orElse("never");
    }
}
