package io.github.lambdalint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.lambdalint.config.ConfigLoader;

/**
 * Finds the configuration file: the one given, or {@code .lambda-lint.yml} in the module. Reading
 * it is not supported yet (a later issue replaces this class with the core's configuration
 * loader); until then the caller warns that the file is ignored.
 */
final class ConfigurationFile {

    private ConfigurationFile() {
    }

    static Optional<Path> locate(File configured, Path baseDirectory) throws MojoExecutionException {
        if (configured != null) {
            Path path = configured.toPath();
            if (!Files.isRegularFile(path)) {
                throw new MojoExecutionException("The lambda-lint configuration file " + path
                        + " (parameter configFile, property lambda-lint.configFile) does not exist or is not a file.");
            }
            return Optional.of(path);
        }
        Path implicit = baseDirectory.resolve(ConfigLoader.DEFAULT_FILE_NAME);
        return Files.isRegularFile(implicit) ? Optional.of(implicit) : Optional.empty();
    }
}
