package io.github.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateParametersTest {

    @Test
    void nothingGivenIsNoValues() throws MojoExecutionException {
        assertThat(TemplateParameters.merge(null, null)).isEmpty();
        assertThat(TemplateParameters.merge(Map.of(), " ")).isEmpty();
    }

    @Test
    void theCommandLineOverridesThePomAndKeepsCommasInValues() throws MojoExecutionException {
        Map<String, String> pom = new HashMap<>();
        pom.put("Stage", "dev");
        pom.put("Empty", null);
        assertThat(TemplateParameters.merge(pom, "Stage=prod; PrivateSubnets=subnet-1,subnet-2;;Query=a=b"))
                .containsOnly(Map.entry("Stage", "prod"), Map.entry("Empty", ""),
                        Map.entry("PrivateSubnets", "subnet-1,subnet-2"), Map.entry("Query", "a=b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stage", "=prod", "Stage=prod;oops"})
    void aPairWithoutANameIsAConfigurationError(String pairs) {
        assertThatThrownBy(() -> TemplateParameters.merge(null, pairs))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("lambda-lint.parameters")
                .hasMessageContaining("Name=value");
    }
}
