package io.github.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.lambdalint.api.FailOn;

class FailOnParameterTest {

    @ParameterizedTest
    @CsvSource({"error, ERROR", "warning, WARNING", "note, NOTE", "never, NEVER", "' Warning ', WARNING",
            "NEVER, NEVER"})
    void theFourValuesInAnyCase(String text, FailOn expected) throws MojoExecutionException {
        assertThat(FailOnParameter.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"errors", "warn", "info", "none", "off", "true"})
    void anythingElseIsAConfigurationErrorListingTheValues(String text) {
        assertThatThrownBy(() -> FailOnParameter.parse(text))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("failOn")
                .hasMessageContaining("error, warning, note, never");
    }
}
