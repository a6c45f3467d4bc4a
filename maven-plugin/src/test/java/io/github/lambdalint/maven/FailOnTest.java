package io.github.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.lambdalint.finding.Level;

class FailOnTest {

    @ParameterizedTest
    @CsvSource({"error, ERROR", "warning, WARNING", "note, NOTE", "' Warning ', WARNING", "ERROR, ERROR"})
    void levelsAreThresholds(String text, Level level) throws MojoExecutionException {
        assertThat(FailOn.parse(text).threshold()).contains(level);
    }

    @Test
    void neverHasNoThreshold() throws MojoExecutionException {
        assertThat(FailOn.parse("never").threshold()).isEmpty();
        assertThat(FailOn.parse("NEVER").label()).isEqualTo("never");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"errors", "warn", "info", "none", "off", "true"})
    void anythingElseIsAConfigurationErrorListingTheValues(String text) {
        assertThatThrownBy(() -> FailOn.parse(text))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("failOn")
                .hasMessageContaining("error, warning, note, never");
    }

    @Test
    void theLabelNamesTheLevel() {
        assertThat(new FailOn(Optional.of(Level.WARNING)).label()).isEqualTo("warning");
    }
}
