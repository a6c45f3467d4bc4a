package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.config.SamConfig;

class SamConfigsTest {

    @TempDir
    Path directory;

    @Test
    void theSamconfigOfAFolderIsReadOnceARunForEveryTemplateInIt() throws Exception {
        Files.writeString(directory.resolve("samconfig.toml"), "[default.deploy.parameters]\nregion = \"eu-west-3\"\n");
        SamConfigs run = new SamConfigs(SamConfig.DEFAULT_ENVIRONMENT);

        SamConfig.Lookup first = run.beside(directory.resolve("api.yaml"));
        Files.writeString(directory.resolve("samconfig.toml"), "[default.deploy.parameters]\nregion = \"us-east-1\"\n");
        SamConfig.Lookup second = run.beside(directory.resolve("./worker.yaml"));

        assertThat(first.deploy().flatMap(SamConfig.Deploy::region)).contains("eu-west-3");
        assertThat(second).as("not read again for the second template").isSameAs(first);
        assertThat(new SamConfigs(SamConfig.DEFAULT_ENVIRONMENT).beside(directory.resolve("api.yaml")).deploy()
                .flatMap(SamConfig.Deploy::region)).as("another run reads it again").contains("us-east-1");
    }

    @Test
    void aBrokenSamconfigIsReportedOnceARun() throws Exception {
        Files.writeString(directory.resolve("samconfig.yaml"), "default: [unclosed\n");
        SamConfigs run = new SamConfigs(SamConfig.DEFAULT_ENVIRONMENT);

        assertThat(run.unreportedProblem(directory.resolve("api.yaml"))).hasValueSatisfying(problem ->
                assertThat(problem.file()).isEqualTo(directory.resolve("samconfig.yaml")));
        assertThat(run.unreportedProblem(directory.resolve("worker.yaml"))).isEmpty();
        assertThat(run.beside(directory.resolve("worker.yaml")).problem()).isPresent();
    }
}
