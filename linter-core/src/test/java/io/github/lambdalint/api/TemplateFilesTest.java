package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Globs in paths and excludes: which files a run reads, and which it reports missing. */
class TemplateFilesTest {

    @TempDir
    Path directory;

    private final List<FileError> errors = new ArrayList<>();

    @BeforeEach
    void project() throws IOException {
        for (String file : List.of("infra/app.yaml", "infra/net/vpc.yml", "infra/net/notes.txt",
                "infra/cdk.out/App.template.json", "infra/legacy/old.yaml", "other/app.yaml",
                "infra/node_modules/pkg/t.yaml", ".hidden/x.yaml")) {
            Path path = directory.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "Resources: {}\n");
        }
    }

    private List<String> expand(List<String> excludes, String... paths) {
        PathDisplay display = new PathDisplay(directory);
        return TemplateFiles.expand(List.of(paths).stream().map(directory::resolve).toList(), List.of(),
                        excludes.stream().map(FileGlob::of).toList(), errors, display).stream()
                .map(candidate -> display.of(candidate.path()) + (candidate.named() ? " (named)" : ""))
                .toList();
    }

    @Test
    void aGlobMatchesAtEveryDepthAndItsFilesAreNotNamed() {
        assertThat(expand(List.of(), "infra/**/*.yaml")).containsExactly(
                "infra/app.yaml", "infra/legacy/old.yaml");
        assertThat(expand(List.of(), "infra/**/*.{yaml,yml}")).containsExactly(
                "infra/app.yaml", "infra/legacy/old.yaml", "infra/net/vpc.yml");
        assertThat(errors).isEmpty();
    }

    @Test
    void theGlobChoosesTheExtension() {
        assertThat(expand(List.of(), "infra/*/*.txt")).containsExactly("infra/net/notes.txt");
    }

    @Test
    void aGlobThatMatchesNothingIsAFileError() {
        assertThat(expand(List.of(), "infra/**/*.toml", "other/app.yaml")).containsExactly("other/app.yaml (named)");
        assertThat(errors).extracting(FileError::file, FileError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("infra/**/*.toml", "no file matches the pattern"));
    }

    @Test
    void excludesDropFilesAndWholeDirectoriesOfWalksAndGlobs() {
        assertThat(expand(List.of("infra/legacy", "**/vpc.yml"), "infra")).containsExactly(
                "infra/app.yaml", "infra/cdk.out/App.template.json");
        assertThat(expand(List.of("infra/legacy/**"), "infra/**/*.yaml")).containsExactly("infra/app.yaml");
        assertThat(expand(List.of("**/cdk.out/**"), "infra/**/*.json")).isEmpty();
    }

    @Test
    void anExcludeNeverDropsAFileNamedExplicitly() {
        assertThat(expand(List.of("**/*.yaml"), "other/app.yaml")).containsExactly("other/app.yaml (named)");
    }
}
