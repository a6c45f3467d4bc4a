package io.github.lambdalint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamConfigTest {

    @TempDir
    Path directory;

    private SamConfig.Deploy read(String name, String text, String environment) throws Exception {
        Files.writeString(directory.resolve(name), text);
        return SamConfig.beside(directory.resolve("template.yaml"), environment).deploy().orElseThrow();
    }

    @Test
    void deploySettingsWinOverGlobalOnesOfTheSameEnvironment() throws Exception {
        SamConfig.Deploy deploy = read("samconfig.toml", """
                version = 0.1
                [default.global.parameters]
                stack_name = "shop-global"   # sam deploy reads deploy first
                region = "eu-west-2"
                [default.deploy.parameters]
                stack_name = "shop-app"
                parameter_overrides = "Stage=prod Subnets=\\"subnet-1,subnet-2\\""
                [prod.deploy.parameters]
                stack_name = "shop-prod"
                """, SamConfig.DEFAULT_ENVIRONMENT);
        assertThat(deploy.stackName()).contains("shop-app");
        assertThat(deploy.region()).contains("eu-west-2");
        assertThat(deploy.parameters().values()).containsExactly(Map.entry("Stage", "prod"),
                Map.entry("Subnets", "subnet-1,subnet-2"));
    }

    @Test
    void anotherEnvironmentReadsOnlyItsOwnTables() throws Exception {
        SamConfig.Deploy deploy = read("samconfig.toml", """
                [default.deploy.parameters]
                stack_name = "shop-dev"
                region = "eu-west-1"
                [prod.deploy.parameters]
                stack_name = 'shop-prod'
                parameter_overrides = [
                  "Stage=prod",
                  "Owner='team a'",   # the list form, over several lines
                ]
                """, "prod");
        assertThat(deploy.stackName()).contains("shop-prod");
        assertThat(deploy.region()).isEmpty();
        assertThat(deploy.parameters().values()).containsExactly(Map.entry("Stage", "prod"),
                Map.entry("Owner", "team a"));
    }

    @Test
    void yamlFilesHoldTheSameTables() throws Exception {
        SamConfig.Deploy deploy = read("samconfig.yaml", """
                version: 0.1
                default:
                  global:
                    parameters:
                      stack_name: shop
                  deploy:
                    parameters:
                      region: ap-south-1
                      parameter_overrides:
                        - Stage=prod
                        - ParameterKey=Size,ParameterValue=2
                """, SamConfig.DEFAULT_ENVIRONMENT);
        assertThat(deploy.stackName()).contains("shop");
        assertThat(deploy.region()).contains("ap-south-1");
        assertThat(deploy.parameters().values()).containsExactly(Map.entry("Stage", "prod"), Map.entry("Size", "2"));
    }

    @Test
    void noSamconfigMeansNothing() {
        assertThat(SamConfig.beside(directory.resolve("template.yaml"), "default")).isEqualTo(SamConfig.Lookup.NOTHING);
    }

    @Test
    void shorthandFollowsSamCliQuoting() {
        ParameterOverrides parsed = ParameterOverrides.parse(List.of(
                "A=1 B=\"two words\" C='x=y' D=back\\ slash ParameterKey=E,ParameterValue=5 stray"));
        assertThat(parsed.values()).containsExactly(Map.entry("A", "1"), Map.entry("B", "two words"),
                Map.entry("C", "x=y"), Map.entry("D", "back slash"), Map.entry("E", "5"));
        assertThat(parsed.malformed()).containsExactly("stray");
    }
}
