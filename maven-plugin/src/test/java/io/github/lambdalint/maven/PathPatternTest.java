package io.github.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            "template.yaml,                 template.yaml,                         true",
            "template.yaml,                 infra/template.yaml,                   false",
            "**/*.template.yaml,            api.template.yaml,                     true",
            "**/*.template.yaml,            infra/nested/api.template.yaml,        true",
            "**/*.template.yaml,            template.yaml,                         false",
            "**/*.template.yaml,            api.template.yml,                      false",
            "**/cloudformation/**/*.yaml,   cloudformation/app.yaml,               true",
            "**/cloudformation/**/*.yaml,   infra/cloudformation/a/b/app.yaml,     true",
            "**/cloudformation/**/*.yaml,   infra/cloudformations/app.yaml,        false",
            "**/cloudformation/**/*.yaml,   cloudformation.yaml,                   false",
            "target/**,                     target,                                true",
            "target/**,                     target/classes/template.yaml,          true",
            "target/**,                     sub/target/template.yaml,              false",
            "**/node_modules/**,            node_modules/x/template.yaml,          true",
            "**/node_modules/**,            web/node_modules/x/cloudformation/a.yaml, true",
            "**/node_modules/**,            web/my_node_modules/a.yaml,            false",
            "**/.aws-sam/**,                .aws-sam/build/template.yaml,          true",
            "infra/,                        infra/deep/x.json,                     true",
            "./infra/*.yml,                 infra/x.yml,                           true",
            "infra/*.yml,                   infra/deep/x.yml,                      false",
            "infra/?.yml,                   infra/a.yml,                           true",
            "infra/?.yml,                   infra/ab.yml,                          false",
            "a+b(c).yaml,                   a+b(c).yaml,                           true",
            "**,                            any/thing.yaml,                        true",
    })
    void matchesLikeAnt(String pattern, String path, boolean expected) {
        assertThat(PathPattern.of(pattern).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} prunes directory {1}: {2}")
    @CsvSource({
            "target/**,              target,           true",
            "**/node_modules/**,     a/node_modules,   true",
            "**/cdk.out/**,          cdk.out,          true",
            "**/cdk.out/**,          cdk.output,       false",
    })
    void excludesEndingInDoubleStarPruneDirectories(String pattern, String directory, boolean expected) {
        assertThat(PathPattern.of(pattern).directoryPattern().matches(directory)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"**/*.yaml", "target/*", "template.yaml"})
    void otherPatternsPruneNothing(String pattern) {
        assertThat(PathPattern.of(pattern).directoryPattern()).isNull();
    }
}
