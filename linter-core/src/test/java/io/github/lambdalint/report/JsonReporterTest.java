package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.LintResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void toolAndSummary() throws IOException {
        JsonNode json = render(SampleResults.mixed());

        assertThat(json.propertyNames()).containsExactly("formatVersion", "tool", "summary", "findings", "fileErrors",
                "internalErrors", "skippedFiles");
        assertThat(json.at("/formatVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/tool/name").asString()).isEqualTo("lambda-lint");
        assertThat(json.at("/tool/version").asString()).isEqualTo("1.2.3");
        assertThat(json.at("/summary").toString()).isEqualTo("{\"templatesLinted\":2,\"errors\":2,\"warnings\":1,"
                + "\"notes\":1,\"suppressed\":1,\"inBaseline\":0,\"fileErrors\":1,\"internalErrors\":0}");
    }

    @Test
    void findingCarriesEveryField() throws IOException {
        JsonNode finding = render(SampleResults.mixed()).at("/findings/0");

        assertThat(finding.propertyNames()).containsExactly("ruleId", "level", "message", "file", "line", "column",
                "resource", "evidence", "suppression", "fingerprint", "baseline");
        assertThat(finding.at("/ruleId").asString()).isEqualTo("LL101");
        assertThat(finding.at("/level").asString()).isEqualTo("error");
        assertThat(finding.at("/file").asString()).isEqualTo("templates/app.yaml");
        assertThat(finding.at("/line").asInt()).isEqualTo(12);
        assertThat(finding.at("/column").asInt()).isEqualTo(5);
        assertThat(finding.at("/resource").asString()).isEqualTo("ApiFn");
        assertThat(finding.at("/evidence/1").toString()).isEqualTo("{\"description\":\"subnet PrivateB has no default "
                + "route\",\"file\":\"templates/net.yaml\",\"line\":8,\"column\":3}");
        assertThat(finding.at("/suppression").isNull()).isTrue();
        assertThat(finding.at("/fingerprint").asString()).isEqualTo("0123456789abcdef0123456789abcdef");
    }

    @Test
    void suppressedFindingIsListedWithItsSuppression() throws IOException {
        JsonNode finding = render(SampleResults.mixed()).at("/findings/3");

        assertThat(finding.at("/ruleId").asString()).isEqualTo("LL301");
        assertThat(finding.at("/suppression/kind").asString()).isEqualTo("inSource");
        assertThat(finding.at("/suppression/justification").asString()).isEqualTo("retries are handled by the caller");
    }

    @Test
    void absentResourceIsNull() throws IOException {
        JsonNode finding = render(SampleResults.mixed()).at("/findings/4");

        assertThat(finding.at("/ruleId").asString()).isEqualTo("LL000");
        assertThat(finding.get("resource").isNull()).isTrue();
        assertThat(finding.at("/evidence").size()).isZero();
    }

    @Test
    void fileErrorsInternalErrorsAndSkippedFiles() throws IOException {
        LintResult mixed = SampleResults.mixed();
        LintResult result = new LintResult(mixed.findings(), mixed.fileErrors(),
                List.of(new LintCrash("templates/app.yaml", "rule LL101", new NullPointerException("x is null"))),
                2, mixed.skippedFiles(), mixed.rules(), FailOn.ERROR);
        JsonNode json = render(result);

        assertThat(json.at("/fileErrors").toString())
                .isEqualTo("[{\"file\":\"templates/missing.yaml\",\"message\":\"no such file or directory\"}]");
        assertThat(json.at("/internalErrors").toString()).isEqualTo("[{\"file\":\"templates/app.yaml\","
                + "\"stage\":\"rule LL101\",\"message\":\"NullPointerException: x is null\"}]");
        assertThat(json.at("/skippedFiles").toString()).isEqualTo("[\"config/settings.json\"]");
    }

    @Test
    void outputIsDeterministicIndentedAndUsesNewlines() throws IOException {
        String first = text(SampleResults.mixed());

        assertThat(text(SampleResults.mixed())).isEqualTo(first);
        assertThat(first).startsWith("{\n  \"formatVersion\": 1,\n  \"tool\": {\n    \"name\": \"lambda-lint\",")
                .endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void emptyResultHasEmptyArrays() throws IOException {
        JsonNode json = render(SampleResults.empty());

        assertThat(json.at("/findings").isArray()).isTrue();
        assertThat(json.at("/findings").size()).isZero();
        assertThat(text(SampleResults.empty())).contains("\"findings\": [],");
    }

    private static JsonNode render(LintResult result) throws IOException {
        return MAPPER.readTree(text(result));
    }

    private static String text(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter(SampleResults.TOOL).write(result, out);
        return out.toString();
    }
}
