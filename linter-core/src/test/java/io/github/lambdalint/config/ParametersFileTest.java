package io.github.lambdalint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersFileTest {

    @TempDir
    Path directory;

    private Map<String, String> read(String text) throws Exception {
        Path file = directory.resolve("parameters.json");
        Files.writeString(file, text);
        return ParametersFile.read(file).values();
    }

    @Test
    void readsTheCloudFormationCliShape() throws Exception {
        assertThat(read("""
                [{"ParameterKey": "Stage", "ParameterValue": "prod"},
                 {"ParameterKey": "Subnets", "ParameterValue": "subnet-1,subnet-2"}]
                """)).containsExactly(Map.entry("Stage", "prod"), Map.entry("Subnets", "subnet-1,subnet-2"));
    }

    @Test
    void readsCodePipelinesTemplateConfiguration() throws Exception {
        assertThat(read("{\"Parameters\": {\"Stage\": \"prod\"}, \"Tags\": {\"team\": \"a\"}}"))
                .containsExactly(Map.entry("Stage", "prod"));
    }

    @Test
    void readsSamsKeyValueList() throws Exception {
        assertThat(read("[\"Stage=prod\", \"Owner=\\\"team a\\\"\"]"))
                .containsExactly(Map.entry("Stage", "prod"), Map.entry("Owner", "team a"));
        assertThat(read("Stage=prod\nOwner='team a'\n"))
                .containsExactly(Map.entry("Stage", "prod"), Map.entry("Owner", "team a"));
    }

    @Test
    void otherShapesAreMistakesWithTheirLines() {
        assertThatThrownBy(() -> read("[{\"ParameterKey\": \"Stage\"},\n {\"Value\": 1}]"))
                .isInstanceOfSatisfying(ConfigProblems.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).isEqualTo("no ParameterValue for Stage")));
        assertThatThrownBy(() -> read("{\n  \"Params\": {}\n}"))
                .isInstanceOfSatisfying(ConfigProblems.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("no Parameters object: expected")));
        assertThatThrownBy(() -> read("just words"))
                .isInstanceOfSatisfying(ConfigProblems.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("not a parameters file")));
    }
}
