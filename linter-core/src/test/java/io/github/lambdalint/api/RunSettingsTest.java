package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.rule.Rule;

/** What a run uses when the request, the configuration and the environment each say something. */
class RunSettingsTest {

    @TempDir
    Path directory;

    /** Reports the region each template is linted with, where it came from, and one parameter. */
    private static final Rule DEPLOYMENT = new DeploymentProbe(deployment -> deployment.region()
            .map(r -> r + " from " + deployment.regionSource()).orElse("no region")
            + "; Stage=" + deployment.parameters().getOrDefault("Stage", "none"));

    private final LintEngine engine = new LintEngine(List.of(DEPLOYMENT));

    private Path template() throws Exception {
        Path template = directory.resolve("app").resolve("template.yaml");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");
        return template;
    }

    private LintRequest.Builder request() throws Exception {
        return LintRequest.builder(directory).paths(List.of(template())).configFile(Optional.empty());
    }

    private String probe(LintRequest request) throws Exception {
        return DeploymentProbe.described(engine.lint(request));
    }

    @Test
    void eachRegionSourceGivesWayToTheOneAboveIt() throws Exception {
        Map<String, String> variables = Map.of("AWS_REGION", "eu-west-3", "AWS_DEFAULT_REGION", "eu-north-1");
        assertThat(probe(request().build())).startsWith("no region;");
        assertThat(probe(request().environment(Map.of("AWS_DEFAULT_REGION", "eu-north-1")).build()))
                .startsWith("eu-north-1 from AWS_DEFAULT_REGION;");
        assertThat(probe(request().environment(variables).build())).startsWith("eu-west-3 from AWS_REGION;");

        Files.writeString(directory.resolve("app/samconfig.toml"),
                "version = 0.1\n[default.deploy.parameters]\nregion = \"ap-south-1\"\n");
        assertThat(probe(request().environment(variables).build()))
                .startsWith("ap-south-1 from app/samconfig.toml;");

        Files.writeString(directory.resolve(".lambda-lint.yml"), "region: ca-central-1\n");
        assertThat(probe(request().environment(variables).build()))
                .startsWith("ca-central-1 from the region of .lambda-lint.yml;");

        assertThat(probe(request().environment(variables).region(Optional.of("us-east-1")).build()))
                .startsWith("us-east-1 from the region given to lambda-lint;");
    }

    @Test
    void blankValuesCountAsNotGiven() throws Exception {
        LintRequest request = request().region(Optional.of("  "))
                .environment(Map.of("AWS_REGION", "", "AWS_DEFAULT_REGION", "eu-north-1")).build();
        assertThat(probe(request)).startsWith("eu-north-1 from AWS_DEFAULT_REGION;");
    }

    @Test
    void givenParametersAndFailOnWinOverTheConfiguration() throws Exception {
        Files.writeString(directory.resolve(".lambda-lint.yml"), "failOn: note\nparameters:\n  Stage: test\n");
        assertThat(probe(request().build())).endsWith("; Stage=test");
        assertThat(engine.lint(request().build()).failOn()).isEqualTo(FailOn.NOTE);

        LintRequest given = request().parameters(Map.of("Stage", "prod")).failOn(Optional.of(FailOn.NEVER)).build();
        assertThat(probe(given)).endsWith("; Stage=prod");
        assertThat(engine.lint(given).failOn()).isEqualTo(FailOn.NEVER);
        assertThat(engine.lint(LintRequest.of(List.of(template()), directory)).failOn())
                .as("without configuration").isEqualTo(FailOn.ERROR);
    }

    @Test
    void configurationMistakesStopTheRunWithTheirPlaces() throws Exception {
        Files.writeString(directory.resolve(".lambda-lint.yml"), "region: eu-west-1\nregoin: eu-west-2\n");
        assertThatThrownBy(() -> engine.lint(request().build()))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(".lambda-lint.yml");
                    assertThat(e.problems()).singleElement().asString()
                            .startsWith(".lambda-lint.yml:2:1: unknown key 'regoin'");
                });
    }

    @Test
    void aNamedConfigurationThatIsMissingIsAnIoErrorInWords() throws Exception {
        LintRequest request = request().configFile(Optional.of(directory.resolve("missing.yml"))).build();
        assertThatThrownBy(() -> engine.lint(request))
                .hasMessage("cannot read the configuration missing.yml: no such file or directory");
    }
}
