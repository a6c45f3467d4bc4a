package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.rule.Rule;

/** Where each template's stack name and parameters come from when several sources give them. */
class DeploymentFactsTest {

    @TempDir
    Path directory;

    /** Reports the stack name and the parameter Stage each template is linted with, with their sources. */
    private static final Rule PROBE = new DeploymentProbe(deployment -> "stack=" + shown(deployment.stackNameFact())
            + "; Stage=" + shown(Optional.ofNullable(deployment.parameterFacts().get("Stage"))));

    private static String shown(Optional<Deployment.Fact> fact) {
        return fact.map(f -> f.value() + " from " + f.source()).orElse("unknown");
    }

    private final LintEngine engine = new LintEngine(List.of(PROBE));

    private Path template(String directoryName) throws Exception {
        Path template = directory.resolve(directoryName).resolve("template.yaml");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "Parameters:\n  Stage:\n    Type: String\nResources:\n  Queue:\n"
                + "    Type: AWS::SQS::Queue\n");
        return template;
    }

    private LintRequest.Builder request() throws Exception {
        return LintRequest.builder(directory).paths(List.of(template("app"))).configFile(Optional.empty());
    }

    private String probe(LintRequest request) throws Exception {
        return DeploymentProbe.described(engine.lint(request));
    }

    @Test
    void eachSourceGivesWayToTheOneAboveIt() throws Exception {
        assertThat(probe(request().build())).isEqualTo("stack=unknown; Stage=unknown");

        Files.writeString(directory.resolve("app/samconfig.toml"), """
                [default.deploy.parameters]
                stack_name = "shop-dev"
                parameter_overrides = "Stage=dev"
                [prod.deploy.parameters]
                stack_name = "shop-prod"
                parameter_overrides = ["Stage=prod"]
                """);
        assertThat(probe(request().build()))
                .isEqualTo("stack=shop-dev from app/samconfig.toml; Stage=dev from app/samconfig.toml");
        assertThat(probe(request().samEnvironment(Optional.of("prod")).build()))
                .isEqualTo("stack=shop-prod from app/samconfig.toml; Stage=prod from app/samconfig.toml");

        Files.writeString(directory.resolve(".lambda-lint.yml"), "parameters:\n  Stage: test\n");
        assertThat(probe(request().build()))
                .isEqualTo("stack=shop-dev from app/samconfig.toml; Stage=test from the parameters of .lambda-lint.yml");

        Files.writeString(directory.resolve(".lambda-lint.yml"), """
                parameters:
                  Stage: test
                stacks:
                  - { template: other/*.yaml, name: not-this-one }
                  - { template: app/*.yaml, name: shop-config, parameters: { Stage: staging } }
                """);
        String fromEntry = "the stacks entry of .lambda-lint.yml:5";
        assertThat(probe(request().build()))
                .isEqualTo("stack=shop-config from " + fromEntry + "; Stage=staging from " + fromEntry);

        Path parameters = directory.resolve("parameters.json");
        Files.writeString(parameters, "{\"Parameters\": {\"Stage\": \"qa\"}}");
        assertThat(probe(request().parametersFile(Optional.of(parameters)).build()))
                .isEqualTo("stack=shop-config from " + fromEntry + "; Stage=qa from parameters.json");

        assertThat(probe(request().parametersFile(Optional.of(parameters)).parameters(Map.of("Stage", "prod"))
                .stackName(Optional.of("shop-given")).build()))
                .isEqualTo("stack=shop-given from " + Deployment.GIVEN_STACK_NAME + "; Stage=prod from "
                        + Deployment.GIVEN_PARAMETERS);
    }

    @Test
    void aValueForAnUndeclaredParameterIsAWarningNamingItsSource() throws Exception {
        LintRequest.Builder request = request();
        Files.writeString(directory.resolve("app/samconfig.toml"),
                "[default.deploy.parameters]\nparameter_overrides = \"Stage=dev Stgae=prod loose\"\n");
        Path parameters = directory.resolve("parameters.json");
        Files.writeString(parameters, "[\"Subnet=subnet-1\"]");
        LintResult result = engine.lint(request.parametersFile(Optional.of(parameters)).build());
        assertThat(result.warnings()).containsExactly(
                "app/samconfig.toml: parameter_overrides holds 'loose', which is not Key=Value; it is ignored",
                "app/samconfig.toml gives a value for parameter Stgae, which app/template.yaml does not declare",
                "parameter Subnet was given a value in parameters.json, but no linted template declares it"
                        + " (they declare Stage)");
    }

    @Test
    void theParentsSamconfigGivesANestedStackNoWarning() throws Exception {
        Path parent = directory.resolve("nested/parent.yaml");
        Files.createDirectories(parent.getParent());
        Files.writeString(parent, """
                Parameters:
                  Env: { Type: String }
                Resources:
                  Child:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: child.yaml
                      Parameters: { Stage: !Ref Env }
                """);
        Files.writeString(directory.resolve("nested/child.yaml"),
                "Parameters:\n  Stage: { Type: String }\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
        Files.writeString(directory.resolve("nested/samconfig.toml"),
                "[default.deploy.parameters]\nparameter_overrides = \"Env=prod Unused=1\"\n");
        LintResult result = engine.lint(LintRequest.builder(directory).paths(List.of(parent))
                .configFile(Optional.empty()).build());
        assertThat(result.templatesLinted()).isEqualTo(2);
        assertThat(result.warnings()).containsExactly(
                "nested/samconfig.toml gives a value for parameter Unused, which nested/parent.yaml does not declare");
    }

    @Test
    void aSamconfigWithoutTheEnvironmentAskedForIsAWarning() throws Exception {
        LintRequest.Builder request = request();
        Files.writeString(directory.resolve("app/samconfig.toml"), "[default.deploy.parameters]\nstack_name = \"a\"\n");
        assertThat(engine.lint(request.samEnvironment(Optional.of("prdo")).build()).warnings()).containsExactly(
                "app/samconfig.toml has no tables of the environment prdo (--config-env); nothing is read from it");
        assertThat(engine.lint(request.samEnvironment(Optional.empty()).build()).warnings()).isEmpty();
    }

    @Test
    void aBrokenParametersFileStopsTheRunWithItsPlace() throws Exception {
        Path parameters = directory.resolve("parameters.json");
        Files.writeString(parameters, "[\n  {\"ParameterKey\": \"Stage\"}\n]");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.lint(request().parametersFile(Optional.of(parameters)).build()))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .containsExactly("parameters.json:2:3: no ParameterValue for Stage"));
    }
}
