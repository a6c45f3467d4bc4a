package io.github.lambdalint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudAssemblyTest {

    @TempDir
    Path directory;

    private Path write(String relative, String text) throws Exception {
        Path file = directory.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void stacksOfNestedAssembliesComeInPlaceWithTheirNamesRegionsAndParameters() throws Exception {
        Path manifest = write("cdk.out/manifest.json", """
                {"version": "36.0.0", "artifacts": {
                  "Shared": {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region",
                    "properties": {"templateFile": "Shared.template.json", "parameters": {"Stage": "prod"}}},
                  "assembly-Prod": {"type": "cdk:cloud-assembly",
                    "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"}},
                  "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}}}
                """);
        write("cdk.out/assembly-Prod/manifest.json", """
                {"version": "36.0.0", "artifacts": {
                  "ProdAppStack1A2B3C4D": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/us-east-2",
                    "properties": {"templateFile": "ProdAppStack1A2B3C4D.template.json", "stackName": "Prod-AppStack"},
                    "displayName": "Prod/AppStack"}}}
                """);

        assertThat(CloudAssembly.at(manifest).orElseThrow().stacks()).satisfiesExactly(
                shared -> {
                    assertThat(shared.template()).isEqualTo(directory.resolve("cdk.out/Shared.template.json"));
                    assertThat(shared.stackName()).isEqualTo("Shared");
                    assertThat(shared.region()).isEmpty();
                    assertThat(shared.parameters()).isEqualTo(Map.of("Stage", "prod"));
                },
                app -> {
                    assertThat(app.template())
                            .isEqualTo(directory.resolve("cdk.out/assembly-Prod/ProdAppStack1A2B3C4D.template.json"));
                    assertThat(app.stackName()).isEqualTo("Prod-AppStack");
                    assertThat(app.region()).isEqualTo(Optional.of("us-east-2"));
                });
    }

    @Test
    void theManifestIsReadOnceWhenItIsFound() throws Exception {
        Path manifest = write("cdk.out/manifest.json", """
                {"version": "36.0.0", "artifacts": {"App": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "App.template.json"}}}}
                """);
        CloudAssembly assembly = CloudAssembly.at(manifest).orElseThrow();
        Files.writeString(manifest, "{\"version\": \"36.0.0\", \"artifacts\": {}}");

        assertThat(assembly.stacks()).as("the stacks of the manifest as it was found").singleElement()
                .satisfies(app -> assertThat(app.stackName()).isEqualTo("App"));
    }

    @Test
    void otherManifestsAreNotCloudAssemblies() throws Exception {
        assertThat(CloudAssembly.at(write("web/manifest.json", "{\"name\": \"app\", \"icons\": []}"))).isEmpty();
        assertThat(CloudAssembly.at(write("web/other.json", "{\"version\": \"1\", \"artifacts\": {}}"))).isEmpty();
    }

    @Test
    void brokenAssembliesSayWhatIsWrong() throws Exception {
        Path missing = write("a/manifest.json", """
                {"version": "36.0.0", "artifacts": {"Stage": {"type": "cdk:cloud-assembly",
                  "properties": {"directoryName": "assembly-Stage"}}}}
                """);
        assertThatThrownBy(() -> CloudAssembly.at(missing).orElseThrow().stacks())
                .hasMessage("cannot read assembly-Stage/manifest.json: no such file");

        Path outside = write("b/manifest.json", """
                {"version": "36.0.0", "artifacts": {"Evil": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "../../etc/passwd"}}}}
                """);
        assertThatThrownBy(() -> CloudAssembly.at(outside).orElseThrow().stacks())
                .hasMessage("'../../etc/passwd' lies outside the cloud assembly");

        Path loop = write("c/manifest.json", """
                {"version": "36.0.0", "artifacts": {"Self": {"type": "cdk:cloud-assembly",
                  "properties": {"directoryName": "."}}}}
                """);
        assertThatThrownBy(() -> CloudAssembly.at(loop).orElseThrow().stacks()).hasMessageContaining("loop");
    }
}
