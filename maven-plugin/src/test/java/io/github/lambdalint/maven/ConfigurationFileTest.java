package io.github.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationFileTest {

    @TempDir
    Path base;

    @Test
    void noFileNoConfiguration() throws MojoExecutionException {
        assertThat(ConfigurationFile.locate(null, base)).isEmpty();
    }

    @Test
    void theModulesDotFileIsFound() throws Exception {
        Path file = Files.writeString(base.resolve(".lambda-lint.yml"), "region: eu-west-1\n");
        assertThat(ConfigurationFile.locate(null, base)).contains(file);
    }

    @Test
    void aGivenFileMustExist() throws IOException, MojoExecutionException {
        Path given = Files.writeString(base.resolve("lint.yml"), "{}\n");
        assertThat(ConfigurationFile.locate(given.toFile(), base)).contains(given);
        assertThatThrownBy(() -> ConfigurationFile.locate(base.resolve("absent.yml").toFile(), base))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("absent.yml")
                .hasMessageContaining("configFile");
    }
}
