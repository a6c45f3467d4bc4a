package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Suppression;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void validatesAgainstTheOfficialSchema() throws IOException {
        assertThat(SarifSchema.violations(text(SampleResults.mixed()))).isEmpty();
    }

    @Test
    void emptyResultIsValidSarifWithNoResults() throws IOException {
        String sarif = text(SampleResults.empty());

        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");
        assertThat(run.at("/results").isArray()).isTrue();
        assertThat(run.at("/results").size()).isZero();
        assertThat(run.at("/tool/driver/rules").size()).isEqualTo(4);
    }

    @Test
    void theSchemaCheckCatchesBrokenSarif() throws IOException {
        String broken = text(SampleResults.mixed()).replace("\"level\": \"note\"", "\"level\": \"fatal\"");

        assertThat(SarifSchema.violations(broken)).isNotEmpty();
    }

    @Test
    void headerAndRun() throws IOException {
        JsonNode sarif = render(SampleResults.mixed());

        assertThat(sarif.at("/$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.at("/version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs").size()).isEqualTo(1);
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.at("/columnKind").asString()).isEqualTo("unicodeCodePoints");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").isMissingNode()).isTrue();
        assertThat(run.at("/tool/driver/name").asString()).isEqualTo("lambda-lint");
        assertThat(run.at("/tool/driver/version").asString()).isEqualTo("1.2.3");
        assertThat(run.at("/tool/driver/informationUri").asString())
                .isEqualTo("https://github.com/lambdalint/lambda-lint");
    }

    @Test
    void everyRuleIsDescribedInOrder() throws IOException {
        JsonNode rules = render(SampleResults.mixed()).at("/runs/0/tool/driver/rules");

        assertThat(rules.size()).isEqualTo(4);
        assertThat(List.of(rules.at("/0/id").asString(), rules.at("/1/id").asString(), rules.at("/2/id").asString(),
                rules.at("/3/id").asString())).containsExactly("LL000", "LL101", "LL104", "LL301");
        JsonNode egress = rules.get(1);
        assertThat(egress.at("/name").asString()).isEqualTo("VpcFunctionWithoutEgress");
        assertThat(egress.at("/shortDescription/text").asString())
                .isEqualTo("A VPC function calls out but its subnets have no NAT route.");
        assertThat(egress.at("/fullDescription/text").asString())
                .isEqualTo("Functions in a VPC reach the internet only through a NAT.");
        assertThat(egress.at("/helpUri").asString())
                .isEqualTo("https://github.com/lambdalint/lambda-lint/blob/main/docs/rules/LL101.md");
        assertThat(egress.at("/defaultConfiguration/level").asString()).isEqualTo("error");
        assertThat(egress.at("/properties/tags").toString()).isEqualTo("[\"networking\",\"vpc\"]");
        assertThat(egress.at("/properties/precision").asString()).isEqualTo("high");
        assertThat(egress.at("/properties").get("problem.severity").asString()).isEqualTo("error");
        assertThat(rules.at("/2/properties").get("problem.severity").asString()).isEqualTo("warning");
    }

    @Test
    void noteRulesAreRecommendations() throws IOException {
        LintResult result = new LintResult(List.of(), List.of(), List.of(), 1, List.of(), List.of(
                new io.github.lambdalint.rule.RuleInfo("LL999", "Advice", Level.NOTE, "s", "d", List.of(), "low")), FailOn.ERROR);

        assertThat(render(result).at("/runs/0/tool/driver/rules/0/properties").get("problem.severity").asString())
                .isEqualTo("recommendation");
    }

    @Test
    void helpIsTheDocPageOrTheDescription() throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter(SampleResults.TOOL, id -> id.equals("LL101") ? Optional.of("# LL101\n\nWhy.\n")
                : Optional.empty()).write(SampleResults.mixed(), out);
        JsonNode rules = MAPPER.readTree(out.toString()).at("/runs/0/tool/driver/rules");

        assertThat(rules.at("/1/help/markdown").asString()).isEqualTo("# LL101\n\nWhy.\n");
        assertThat(rules.at("/1/help/text").asString()).isEqualTo("# LL101\n\nWhy.\n");
        assertThat(rules.at("/2/help/markdown").asString()).isEqualTo("Use subnets in two or more zones.");
        assertThat(rules.at("/2/help/text").asString()).isEqualTo("Use subnets in two or more zones.");
    }

    @Test
    void resultWithLocationResourceEvidenceAndFingerprint() throws IOException {
        JsonNode result = render(SampleResults.mixed()).at("/runs/0/results/0");

        assertThat(result.at("/ruleId").asString()).isEqualTo("LL101");
        assertThat(result.at("/ruleIndex").asInt()).isEqualTo(1);
        assertThat(result.at("/level").asString()).isEqualTo("error");
        assertThat(result.at("/message/text").asString())
                .isEqualTo("ApiFn calls the internet but its subnets have no NAT route");
        assertThat(result.at("/locations").size()).isEqualTo(1);
        assertThat(result.at("/locations/0/physicalLocation").toString()).isEqualTo(
                "{\"artifactLocation\":{\"uri\":\"templates/app.yaml\",\"uriBaseId\":\"%SRCROOT%\"},"
                        + "\"region\":{\"startLine\":12,\"startColumn\":5}}");
        assertThat(result.at("/locations/0/logicalLocations").toString())
                .isEqualTo("[{\"name\":\"ApiFn\",\"kind\":\"resource\"}]");
        assertThat(result.at("/relatedLocations").size()).isEqualTo(2);
        assertThat(result.at("/relatedLocations/1").toString()).isEqualTo("{\"id\":1,\"physicalLocation\":"
                + "{\"artifactLocation\":{\"uri\":\"templates/net.yaml\",\"uriBaseId\":\"%SRCROOT%\"},"
                + "\"region\":{\"startLine\":8,\"startColumn\":3}},"
                + "\"message\":{\"text\":\"subnet PrivateB has no default route\"}}");
        assertThat(result.at("/partialFingerprints").toString())
                .isEqualTo("{\"lambdaLint/v1\":\"0123456789abcdef0123456789abcdef\"}");
        assertThat(result.has("suppressions")).isFalse();
    }

    @Test
    void uncertainFindingKeepsItsOwnLevel() throws IOException {
        JsonNode result = render(SampleResults.mixed()).at("/runs/0/results/2");

        assertThat(result.at("/level").asString()).isEqualTo("note");
        assertThat(result.at("/ruleIndex").asInt()).isEqualTo(1);
    }

    @Test
    void suppressedFindingHasItsSuppression() throws IOException {
        JsonNode result = render(SampleResults.mixed()).at("/runs/0/results/3");

        assertThat(result.at("/ruleId").asString()).isEqualTo("LL301");
        assertThat(result.at("/ruleIndex").asInt()).isEqualTo(3);
        assertThat(result.at("/suppressions").toString())
                .isEqualTo("[{\"kind\":\"inSource\",\"justification\":\"retries are handled by the caller\"}]");
    }

    @Test
    void externalSuppression() throws IOException {
        Finding finding = SampleResults.mixed().findings().get(1)
                .withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "accepted in .lambda-lint.yml"));
        LintResult result = new LintResult(List.of(finding), List.of(), List.of(), 1, List.of(), SampleResults.RULES, FailOn.ERROR);
        String sarif = text(result);

        assertThat(MAPPER.readTree(sarif).at("/runs/0/results/0/suppressions/0/kind").asString()).isEqualTo("external");
        assertThat(SarifSchema.violations(sarif)).isEmpty();
    }

    @Test
    void resultWithoutResourceHasNoLogicalLocation() throws IOException {
        JsonNode result = render(SampleResults.mixed()).at("/runs/0/results/4");

        assertThat(result.at("/ruleId").asString()).isEqualTo("LL000");
        assertThat(result.at("/ruleIndex").asInt()).isZero();
        assertThat(result.at("/locations/0").has("logicalLocations")).isFalse();
        assertThat(result.has("relatedLocations")).isFalse();
    }

    @Test
    void unreadableFilesAndInternalErrorsAreNotifications() throws IOException {
        LintResult mixed = SampleResults.mixed();
        LintResult result = new LintResult(mixed.findings(), mixed.fileErrors(),
                List.of(new LintCrash("templates/app.yaml", "rule LL101", new IllegalStateException("boom"))), 2,
                List.of(), mixed.rules(), FailOn.ERROR);
        String sarif = text(result);
        JsonNode invocation = MAPPER.readTree(sarif).at("/runs/0/invocations/0");

        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(invocation.at("/executionSuccessful").asBoolean()).isFalse();
        JsonNode notifications = invocation.at("/toolExecutionNotifications");
        assertThat(notifications.size()).isEqualTo(2);
        assertThat(notifications.at("/0/message/text").asString())
                .isEqualTo("templates/missing.yaml: no such file or directory");
        assertThat(notifications.at("/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("templates/missing.yaml");
        assertThat(notifications.at("/1/message/text").asString())
                .isEqualTo("internal error while checking templates/app.yaml (rule LL101): IllegalStateException: boom");
        assertThat(notifications.at("/1/exception/kind").asString()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void cleanRunIsSuccessful() throws IOException {
        JsonNode invocation = render(SampleResults.empty()).at("/runs/0/invocations/0");

        assertThat(invocation.at("/executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.at("/toolExecutionNotifications").size()).isZero();
    }

    @Test
    void pathsBecomeValidUris() throws IOException {
        Finding spaced = new Finding("LL104", Level.WARNING, "m", SampleResults.at("my stacks/ünï:code#1.yaml", 1, 1),
                Optional.empty(), List.of(), Optional.empty(), "f1");
        Finding outside = new Finding("LL104", Level.WARNING, "m", SampleResults.at("/tmp/other dir/t.yaml", 2, 1),
                Optional.empty(), List.of(), Optional.empty(), "f2");
        LintResult result = new LintResult(List.of(outside, spaced), List.of(), List.of(), 2, List.of(),
                SampleResults.RULES, FailOn.ERROR);
        String sarif = text(result);
        JsonNode results = MAPPER.readTree(sarif).at("/runs/0/results");

        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(results.at("/0/locations/0/physicalLocation/artifactLocation").toString())
                .isEqualTo("{\"uri\":\"file:///tmp/other%20dir/t.yaml\"}");
        assertThat(results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("my%20stacks/%C3%BCn%C3%AF%3Acode%231.yaml");
    }

    @Test
    void outputIsDeterministic() throws IOException {
        String first = text(SampleResults.mixed());

        assertThat(text(SampleResults.mixed())).isEqualTo(first);
        assertThat(first).startsWith("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
                .endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void aCategoryBecomesTheRunsAutomationIdAsTheCodeqlActionWritesIt() throws IOException {
        JsonNode plain = render(SampleResults.mixed());
        assertThat(plain.at("/runs/0/automationDetails").isMissingNode()).isTrue();

        String sarif = text(SampleResults.mixed(), Optional.of("lambda-lint/infra"), Optional.empty());
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(MAPPER.readTree(sarif).at("/runs/0/automationDetails/id").asString()).isEqualTo("lambda-lint/infra/");
        assertThat(SarifReporter.automationId("stacks/")).isEqualTo("stacks/");
    }

    @Test
    void aSourceRootAboveTheWorkingDirectoryMakesEveryUriRelativeToIt() throws IOException {
        Path repository = Path.of("/work/repo");
        SourceRoot root = new SourceRoot(repository.resolve("infra"), repository, "The repository root.");
        String sarif = text(SampleResults.mixed(), Optional.empty(), Optional.of(root));

        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("infra/templates/app.yaml");
        assertThat(run.at("/results/0/relatedLocations/1/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("infra/templates/net.yaml");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asString()).isEqualTo("The repository root.");
    }

    @Test
    void aPathOutsideTheSourceRootStaysAnAbsoluteFileUri() throws IOException {
        SourceRoot root = new SourceRoot(Path.of("/elsewhere/run"), Path.of("/work/repo"), "The repository root.");
        JsonNode run = MAPPER.readTree(text(SampleResults.mixed(), Optional.empty(), Optional.of(root))).at("/runs/0");

        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("file:///elsewhere/run/templates/app.yaml");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId").isMissingNode()).isTrue();
    }

    private static String text(LintResult result, Optional<String> category, Optional<SourceRoot> root)
            throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter(SampleResults.TOOL, id -> Optional.empty(), category, root).write(result, out);
        return out.toString();
    }

    private static JsonNode render(LintResult result) throws IOException {
        return MAPPER.readTree(text(result));
    }

    private static String text(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter(SampleResults.TOOL, id -> Optional.empty()).write(result, out);
        return out.toString();
    }
}
