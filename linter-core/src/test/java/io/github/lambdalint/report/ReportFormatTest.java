package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parsesTheNamesUsersType() {
        assertThat(ReportFormat.parse("sarif")).hasValue(ReportFormat.SARIF);
        assertThat(ReportFormat.parse(" JSON ")).hasValue(ReportFormat.JSON);
        assertThat(ReportFormat.parse("github")).hasValue(ReportFormat.GITHUB);
        assertThat(ReportFormat.parse("junit")).hasValue(ReportFormat.JUNIT);
        assertThat(ReportFormat.parse("xml")).isEmpty();
    }

    @Test
    void makesTheMatchingReporter() {
        assertThat(ReportFormat.TEXT.reporter(SampleResults.TOOL, false)).isInstanceOf(TextReporter.class);
        assertThat(ReportFormat.JSON.reporter(SampleResults.TOOL, true)).isInstanceOf(JsonReporter.class);
        assertThat(ReportFormat.SARIF.reporter(SampleResults.TOOL, true)).isInstanceOf(SarifReporter.class);
        assertThat(ReportFormat.GITHUB.reporter(SampleResults.TOOL, true)).isInstanceOf(GithubReporter.class);
        assertThat(ReportFormat.JUNIT.reporter(SampleResults.TOOL, true)).isInstanceOf(JunitReporter.class);
    }
}
