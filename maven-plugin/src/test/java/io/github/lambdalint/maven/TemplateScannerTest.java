package io.github.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateScannerTest {

    @TempDir
    Path base;

    @BeforeEach
    void layOutAModule() throws IOException {
        for (String file : List.of(
                "template.yaml", "template.yml", "template.json", "pom.xml", "other.yaml",
                "infra/api.template.yaml", "infra/api.template.json", "infra/notes.yaml",
                "src/main/cloudformation/network.yaml", "src/main/cloudformation/nested/db.json",
                "src/main/cloudformation/README.md",
                "target/classes/template.yaml", "target/cloudformation/copy.yaml",
                ".aws-sam/build/template.yaml", "web/node_modules/pkg/x.template.yaml",
                "cdk.out/app.template.json", "service/template.yaml", "service/cloudformation/svc.yaml")) {
            Path path = base.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "Resources: {}\n");
        }
    }

    @Test
    void defaultsFindTemplatesAndSkipBuildOutput() throws IOException {
        assertThat(relative(new TemplateScanner(null, null, true).scan(base, List.of())))
                .containsExactly("infra/api.template.json", "infra/api.template.yaml",
                        "service/cloudformation/svc.yaml",
                        "src/main/cloudformation/nested/db.json", "src/main/cloudformation/network.yaml",
                        "template.json", "template.yaml", "template.yml");
    }

    @Test
    void moduleDirectoriesAreLeftToTheirOwnBuild() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of(), List.of(), true);
        assertThat(relative(scanner.scan(base, List.of(base.resolve("service")))))
                .doesNotContain("service/cloudformation/svc.yaml")
                .contains("template.yaml");
    }

    @Test
    void givenIncludesReplaceTheDefaultsAndGivenExcludesAddToThem() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of("**/*.yaml"), List.of("service/**"), true);
        assertThat(relative(scanner.scan(base, List.of())))
                .containsExactly("infra/api.template.yaml", "infra/notes.yaml", "other.yaml",
                        "src/main/cloudformation/network.yaml", "template.yaml");
    }

    @Test
    void theDefaultExcludesCanBeTurnedOff() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of("**/*.yaml"), List.of("infra/**", "**/nested/**"),
                false);
        assertThat(relative(scanner.scan(base, List.of())))
                .containsExactly(".aws-sam/build/template.yaml", "other.yaml", "service/cloudformation/svc.yaml",
                        "service/template.yaml", "src/main/cloudformation/network.yaml",
                        "target/classes/template.yaml", "target/cloudformation/copy.yaml", "template.yaml",
                        "web/node_modules/pkg/x.template.yaml");
    }

    @Test
    void aFileExcludeKeepsTheRestOfItsDirectory() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of("infra/*"), List.of("**/notes.yaml"), true);
        assertThat(relative(scanner.scan(base, List.of())))
                .containsExactly("infra/api.template.json", "infra/api.template.yaml");
    }

    @Test
    void theScanSaysWhichDefaultExcludesKeptDirectoriesOut() throws IOException {
        TemplateScanner.Scan scan = new TemplateScanner(null, null, true).scan(base, List.of());
        assertThat(scan.skippedByDefaultExcludes()).containsExactly(
                entry("**/.aws-sam/**", List.of(".aws-sam")),
                entry("**/cdk.out/**", List.of("cdk.out")),
                entry("**/node_modules/**", List.of("web/node_modules")),
                entry("target/**", List.of("target")));
    }

    @Test
    void anIncludeThatNamesAnExcludedDirectoryWins() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of("cdk.out/*.template.json", "template.yaml"), null, true);
        TemplateScanner.Scan scan = scanner.scan(base, List.of());

        assertThat(relative(scan)).containsExactly("cdk.out/app.template.json", "template.yaml");
        assertThat(scanner.waivers()).containsExactly(
                new TemplateScanner.Waiver("**/cdk.out/**", "cdk.out/*.template.json"));
        assertThat(scan.skippedByDefaultExcludes()).containsOnlyKeys("**/.aws-sam/**", "**/node_modules/**",
                "target/**");
    }

    @Test
    void anIncludeThatMatchesButDoesNotNameAnExcludedDirectoryLeavesItExcluded() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of("**/*.template.json"), null, true);

        assertThat(relative(scanner.scan(base, List.of()))).containsExactly("infra/api.template.json");
        assertThat(scanner.waivers()).isEmpty();
    }

    @Test
    void patternsAreReadAsTheCommandLineReadsItsGlobs() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of("/infra/*.template.{yaml,json}", "template.y[a]ml"),
                List.of("infra//api.template.json"), true);

        assertThat(relative(scanner.scan(base, List.of())))
                .containsExactly("infra/api.template.yaml", "template.yaml");
    }

    @Test
    void anExcludeOfADirectoryKeepsEverythingBelowItOut() throws IOException {
        TemplateScanner scanner = new TemplateScanner(List.of("**/*.yaml"), List.of("src/", "**/node_modules/**",
                "**"), false);
        TemplateScanner everything = new TemplateScanner(List.of("**/*.yaml"), List.of("src/", "infra/**"), false);

        assertThat(relative(scanner.scan(base, List.of()))).isEmpty();
        assertThat(relative(everything.scan(base, List.of()))).doesNotContain("src/main/cloudformation/network.yaml",
                "infra/notes.yaml").contains("other.yaml", "target/cloudformation/copy.yaml");
    }

    @Test
    void aMissingBaseDirectoryHasNoTemplates() throws IOException {
        assertThat(new TemplateScanner(null, null, true).scan(base.resolve("absent"), List.of()).templates()).isEmpty();
    }

    private List<String> relative(TemplateScanner.Scan scan) {
        assertThat(scan.unreadableDirectories()).isEmpty();
        return scan.templates().stream().map(p -> TemplateScanner.relative(base, p)).toList();
    }
}
