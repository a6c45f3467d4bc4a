package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;

class GithubReporterTest {

    private static final Path RUN = Path.of("/work/repo");

    @Test
    void oneCommandPerCountingFindingWithTheEvidenceOnLinesOfItsOwn() throws IOException {
        List<String> lines = render(SampleResults.mixed(), SourceRoot.workingDirectory(RUN)).lines().toList();

        assertThat(lines).containsExactly(
                "::error file=templates/app.yaml,line=12,col=5,title=LL101 VpcFunctionWithoutEgress::"
                        + "ApiFn calls the internet but its subnets have no NAT route [ApiFn]"
                        + "%0A  related: templates/app.yaml:40:7: subnet PrivateA has no default route"
                        + "%0A  related: templates/net.yaml:8:3: subnet PrivateB has no default route",
                "::warning file=templates/app.yaml,line=30,col=9,title=LL104 SingleAvailabilityZone::"
                        + "WorkerFn has one subnet [WorkerFn]",
                "::notice file=templates/app.yaml,line=55,col=5,title=LL101 VpcFunctionWithoutEgress::"
                        + "subnets come from parameter PrivateSubnets; give them in the network context to check egress"
                        + " [ReportFn]",
                "::error file=templates/broken.yaml,line=3,col=13,title=LL000 TemplateNotReadable::unknown tag !Reff",
                "::error file=templates/missing.yaml,title=lambda-lint%3A file not read::no such file or directory",
                "2 errors, 1 warning, 1 note in 2 templates (1 suppressed, 1 file not readable)");
    }

    @Test
    void escapesAsGithubsToolkitDoes() throws IOException {
        Finding tricky = new Finding("LL104", Level.WARNING, "100% of subnets: a,b\r\nand more",
                SampleResults.at("dir,with:odd/100%.yaml", 1, 1), Optional.empty(), List.of(), Optional.empty(),
                "55555555555555555555555555555555");
        LintResult result = new LintResult(List.of(tricky), List.of(), List.of(), 1, List.of(), SampleResults.RULES, FailOn.ERROR);

        String first = render(result, SourceRoot.workingDirectory(RUN)).lines().findFirst().orElseThrow();

        // CR and LF in a message are controls: the report shows them escaped (as the text report does), so the
        // command stays on one line; '%' comes first so nothing is escaped twice.
        assertThat(first).isEqualTo("::warning file=dir%2Cwith%3Aodd/100%25.yaml,line=1,col=1,"
                + "title=LL104 SingleAvailabilityZone::100%25 of subnets: a,b\\u000d\\u000aand more");
        assertThat(GithubReporter.data("a%b\r\nc")).isEqualTo("a%25b%0D%0Ac");
        assertThat(GithubReporter.property("a%b\r\nc:d,e")).isEqualTo("a%25b%0D%0Ac%3Ad%2Ce");
    }

    @Test
    void pathsAreRelativeToTheSourceRoot() throws IOException {
        String report = render(SampleResults.mixed(), new SourceRoot(RUN.resolve("infra"), RUN, "repository"));

        assertThat(report).contains("::error file=infra/templates/app.yaml,line=12,col=5,",
                "%0A  related: infra/templates/net.yaml:8:3:");
    }

    @Test
    void suppressedFindingsAreNotAnnotated() throws IOException {
        assertThat(render(SampleResults.mixed(), SourceRoot.workingDirectory(RUN))).doesNotContain("AuditFn");
    }

    private static String render(LintResult result, SourceRoot root) throws IOException {
        StringWriter out = new StringWriter();
        new GithubReporter(root).write(result, out);
        return out.toString();
    }
}
