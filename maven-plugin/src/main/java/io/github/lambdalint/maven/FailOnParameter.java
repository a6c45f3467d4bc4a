package io.github.lambdalint.maven;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.lambdalint.api.FailOn;

/** Reads the {@code failOn} parameter; a value the core does not know is a configuration error. */
final class FailOnParameter {

    private FailOnParameter() {
    }

    static FailOn parse(String text) throws MojoExecutionException {
        return FailOn.parse(text == null ? "" : text).orElseThrow(() -> new MojoExecutionException(
                "Invalid lambda-lint failOn value '" + text + "' (parameter failOn, property lambda-lint.failOn): "
                        + "use one of " + FailOn.allowed() + "."));
    }
}
