package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.parse.Templates;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.StackSet;

class NestedStacksTest {

    private static final Path BASE = Path.of("/work/infra");

    private static FileLinter.Read.Parsed parsed(String file, String yaml) {
        return new FileLinter.Read.Parsed(BASE.resolve(file), file, Templates.parse(yaml),
                new Deployment(Optional.of("eu-west-1"), Map.of()), List.of(), List.of());
    }

    @Test
    void theChildrenOfAParentAreFoundOnceAndTheRunsStacksAreMadeFromThem() {
        FileLinter.Read.Parsed parent = parsed("parent.yaml", """
                Resources:
                  Network:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: network.yaml
                      Parameters: {Stage: prod}
                """);
        FileLinter.Read.Parsed network = parsed("network.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n");

        List<NestedStacks.Child> children = NestedStacks.of(parent);
        List<StackSet.Stack> stacks = NestedStacks.stacks(List.of(new NestedStacks.Parent(parent, children),
                new NestedStacks.Parent(network, NestedStacks.of(network))));

        assertThat(children).singleElement().satisfies(child -> {
            assertThat(child.template()).isEqualTo(BASE.resolve("network.yaml"));
            assertThat(child.parameters()).isEqualTo(Map.of("Stage", "prod"));
        });
        assertThat(stacks).extracting(StackSet.Stack::file).containsExactly("parent.yaml", "network.yaml");
        assertThat(stacks.get(0).nestedStacks()).isEqualTo(Map.of("Network", "network.yaml"));
        assertThat(stacks.get(1).deployment().parameters()).isEqualTo(Map.of("Stage", "prod"));
        assertThat(stacks.get(1).deployment().region()).contains("eu-west-1");
    }

    @Test
    void theStacksFollowTheChildrenAsFoundNotTheTemplateAgain() {
        FileLinter.Read.Parsed parent = parsed("parent.yaml", "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");
        FileLinter.Read.Parsed network = parsed("network.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n");
        NestedStacks.Child found = new NestedStacks.Child("Network", BASE.resolve("network.yaml"), Map.of("Stage", "dev"));

        List<StackSet.Stack> stacks = NestedStacks.stacks(List.of(new NestedStacks.Parent(parent, List.of(found)),
                new NestedStacks.Parent(network, List.of())));

        assertThat(stacks.get(0).nestedStacks()).isEqualTo(Map.of("Network", "network.yaml"));
        assertThat(stacks.get(1).deployment().parameters()).isEqualTo(Map.of("Stage", "dev"));
    }
}
