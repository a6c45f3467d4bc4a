package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;

class TextReporterTest {

    @Test
    void findingsThenEvidenceThenSummary() throws IOException {
        assertThat(render(SampleResults.mixed(), false)).isEqualTo("""
                templates/app.yaml:12:5: error LL101 ApiFn calls the internet but its subnets have no NAT route [ApiFn]
                    related: templates/app.yaml:40:7: subnet PrivateA has no default route
                    related: templates/net.yaml:8:3: subnet PrivateB has no default route
                templates/app.yaml:30:9: warning LL104 WorkerFn has one subnet [WorkerFn]
                templates/app.yaml:55:5: note LL101 subnets come from parameter PrivateSubnets; give them in the \
                network context to check egress [ReportFn]
                templates/broken.yaml:3:13: error LL000 unknown tag !Reff
                2 errors, 1 warning, 1 note in 2 templates (1 suppressed, 1 file not readable)
                """);
    }

    @Test
    void suppressedFindingsAreCountedNotListed() throws IOException {
        assertThat(render(SampleResults.mixed(), false)).doesNotContain("AuditFn").contains("(1 suppressed");
    }

    @Test
    void emptyResultIsJustTheSummary() throws IOException {
        assertThat(render(SampleResults.empty(), false)).isEqualTo("0 errors, 0 warnings, 0 notes in 1 template\n");
    }

    @Test
    void colourWrapsOnlyTheLevelWord() throws IOException {
        String text = render(SampleResults.mixed(), true);

        assertThat(text).contains("templates/app.yaml:12:5: \u001B[1;31merror\u001B[0m LL101 ApiFn")
                .contains("templates/app.yaml:30:9: \u001B[1;33mwarning\u001B[0m LL104")
                .contains("templates/app.yaml:55:5: \u001B[1;36mnote\u001B[0m LL101");
        assertThat(text.lines().filter(line -> line.contains("\u001B"))).hasSize(4);
    }

    @Test
    void noEscapeCodesWithoutColour() throws IOException {
        assertThat(render(SampleResults.mixed(), false)).doesNotContain("\u001B");
    }

    @Test
    void summaryCountsInternalErrorsAndUsesSingulars() throws IOException {
        Finding one = SampleResults.mixed().findings().get(0);
        LintResult result = new LintResult(List.of(one), List.of(),
                List.of(new LintCrash("templates/app.yaml", "rule LL101", new IllegalStateException("boom"))), 1,
                List.of(), SampleResults.RULES, FailOn.ERROR);

        assertThat(render(result, false).lines().reduce((a, b) -> b))
                .contains("1 error, 0 warnings, 0 notes in 1 template (1 internal error)");
    }

    @Test
    void findingWithoutResourceHasNoBrackets() throws IOException {
        Finding finding = new Finding("LL000", Level.ERROR, "the file is empty", SampleResults.at("a.yaml", 1, 1),
                Optional.empty(), List.of(), Optional.empty(), "f");
        LintResult result = new LintResult(List.of(finding), List.of(), List.of(), 1, List.of(), SampleResults.RULES, FailOn.ERROR);

        assertThat(render(result, false).lines().findFirst()).hasValue("a.yaml:1:1: error LL000 the file is empty");
    }

    private static String render(LintResult result, boolean colour) throws IOException {
        StringWriter out = new StringWriter();
        new TextReporter(colour).write(result, out);
        return out.toString();
    }

    @Test
    void controlCharactersFromTemplatesAreShownEscaped() throws IOException {
        Finding finding = new Finding("LL000", Level.ERROR, "unknown tag !Evil\u001B[2J\nnext",
                SampleResults.at("a.yaml", 2, 3), Optional.of("Fn\t1"), List.of(), Optional.empty(), "f");
        LintResult result = new LintResult(List.of(finding), List.of(), List.of(), 1, List.of(), SampleResults.RULES, FailOn.ERROR);

        assertThat(render(result, false).lines().findFirst())
                .hasValue("a.yaml:2:3: error LL000 unknown tag !Evil\\u001b[2J\\u000anext [Fn\\u00091]");
    }
}
