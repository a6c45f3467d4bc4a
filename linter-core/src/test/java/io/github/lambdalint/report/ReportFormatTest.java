package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parsesTheNamesUsersType() {
        assertThat(ReportFormat.parse("sarif")).hasValue(ReportFormat.SARIF);
        assertThat(ReportFormat.parse(" JSON ")).hasValue(ReportFormat.JSON);
        assertThat(ReportFormat.parse("xml")).isEmpty();
    }

    @Test
    void makesTheMatchingReporter() {
        assertThat(ReportFormat.TEXT.reporter(SampleResults.TOOL, false)).isInstanceOf(TextReporter.class);
        assertThat(ReportFormat.JSON.reporter(SampleResults.TOOL, true)).isInstanceOf(JsonReporter.class);
        assertThat(ReportFormat.SARIF.reporter(SampleResults.TOOL, true)).isInstanceOf(SarifReporter.class);
    }
}
