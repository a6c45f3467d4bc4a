package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileGlobTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "infra/**/*.yaml   | infra/app.yaml             | true",
        "infra/**/*.yaml   | infra/a/b/app.yaml         | true",
        "infra/**/*.yaml   | infra/app.yml              | false",
        "infra/**/*.yaml   | other/infra/app.yaml       | false",
        "**/*.yaml         | app.yaml                   | true",
        "**/*.yaml         | a/b/app.yaml               | true",
        "*.yaml            | a/app.yaml                 | false",
        "*.yaml            | app.yaml                   | true",
        "cdk.out/**        | cdk.out/x/t.json           | true",
        "cdk.out/**        | cdk.outside/t.json         | false",
        "cdk.out           | cdk.out                    | true",
        "app.?aml          | app.yaml                   | true",
        "app.?aml          | app/aml                    | false",
        "*.{yaml,yml}      | app.yml                    | true",
        "*.{yaml,yml}      | app.json                   | false",
        "stack-[ab].yaml   | stack-b.yaml               | true",
        "stack-[!ab].yaml  | stack-b.yaml               | false",
        "stack-[!ab].yaml  | stack-c.yaml               | true",
        "stack-[a-c].yaml  | stack-c.yaml               | true",
        "a[/]b             | a/b                        | false",
        "[unclosed.yaml    | [unclosed.yaml             | true",
        "{unclosed.yaml    | {unclosed.yaml             | true",
        "a+b(1).yaml       | a+b(1).yaml                | true",
        "a+b(1).yaml       | aab(1).yaml                | false",
        "./cdk.out/        | cdk.out/x/t.json           | true",
        "cdk.out/          | cdk.out                    | true",
    })
    void matchesLikeAShellWithGlobstar(String glob, String path, boolean expected) {
        assertThat(FileGlob.of(glob).matches(path)).isEqualTo(expected);
    }
}
