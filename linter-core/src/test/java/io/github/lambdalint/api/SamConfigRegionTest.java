package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/** The region of the samconfig file beside a template, and a samconfig file that cannot be read. */
class SamConfigRegionTest {

    private static final String TEMPLATE = "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n";

    /** Reports the region the model was built with, so the test sees where it came from. */
    private static final Rule REGION = new Rule() {
        private final RuleInfo info = new RuleInfo("LL990", "ReportsRegion", Level.NOTE, "Region.", "Region.",
                List.of("test"), "high");

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public void check(TemplateModel model, Consumer<Violation> report) {
            report.accept(Violation.of(Position.START, "Queue",
                    "region " + model.deployment().region().orElse("unknown"), List.of()));
        }
    };

    @TempDir
    Path directory;

    private LintResult lint(LintRequest request) throws Exception {
        return new LintEngine(List.of(REGION)).lint(request);
    }

    private LintRequest.Builder request() {
        return LintRequest.builder(directory).paths(List.of(directory));
    }

    private void write(String name, String text) throws Exception {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> messages(LintResult result, String rule) {
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::message).toList();
    }

    @Test
    void regionOfSamconfigYamlIsUsed() throws Exception {
        write("app/template.yaml", TEMPLATE);
        write("app/samconfig.yaml", "version: 0.1\ndefault:\n  deploy:\n    parameters:\n      region: eu-west-3\n");

        LintResult result = lint(request().build());

        assertThat(messages(result, "LL990")).containsExactly("region eu-west-3");
        assertThat(messages(result, "LL000")).isEmpty();
    }

    @Test
    void samconfigYamlWithAnObjectTagIsOneWarningAtItsLineAndGivesNoRegion() throws Exception {
        write("app/template.yaml", TEMPLATE);
        write("app/other.template.yaml", TEMPLATE);
        write("app/samconfig.yaml", "version: 0.1\ndefault:\n  deploy:\n    parameters:\n"
                + "      region: !!python/object/apply:os.system [\"id\"]\n");

        LintResult result = lint(request().build());

        assertThat(messages(result, "LL990")).containsExactly("region unknown", "region unknown");
        List<Finding> warnings = result.findings().stream().filter(f -> f.ruleId().equals("LL000")).toList();
        assertThat(warnings).hasSize(1);
        Finding warning = warnings.get(0);
        assertThat(warning.level()).isEqualTo(Level.WARNING);
        assertThat(warning.location().file()).isEqualTo("app/samconfig.yaml");
        assertThat(warning.location().position().line()).isEqualTo(5);
        assertThat(warning.message()).startsWith("samconfig.yaml cannot be read: ")
                .contains("!!python/object/apply:os.system")
                .endsWith("nothing is taken from it (give the stack name, region and parameters with the options or in"
                        + " the configuration)");
    }

    @Test
    void aSamconfigRegionThatIsNoAwsRegionStopsTheRunLikeABadRegionOption() throws Exception {
        write("app/template.yaml", TEMPLATE);
        write("app/samconfig.toml", "[default.deploy.parameters]\nregion = \"eu-west-9\"\n");

        assertThatThrownBy(() -> lint(request().build())).isInstanceOfSatisfying(InvalidConfigException.class, e -> {
            assertThat(e.file()).isEqualTo("app/samconfig.toml");
            assertThat(e.what()).isEqualTo("deploy region");
            assertThat(e.problems()).singleElement().asString()
                    .startsWith("app/samconfig.toml gives the region 'eu-west-9', which is not an AWS Region; "
                            + "the Regions are af-south-1, ");
        });
        assertThat(messages(lint(request().region(Optional.of("eu-west-1")).build()), "LL990"))
                .as("a region it would not be linted with is not checked").containsExactly("region eu-west-1");
    }

    @Test
    void anAwsRegionVariableThatIsNoAwsRegionStopsTheRunWhenItWouldBeUsed() throws Exception {
        write("app/template.yaml", TEMPLATE);
        write("app/other.template.yaml", TEMPLATE);

        assertThatThrownBy(() -> lint(request().environment(Map.of("AWS_REGION", "mars-north-1")).build()))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .as("once, however many templates use it").singleElement().asString()
                        .startsWith("AWS_REGION gives the region 'mars-north-1', which is not an AWS Region"));
        assertThatThrownBy(() -> lint(request().environment(Map.of("AWS_DEFAULT_REGION", "eu-west-9")).build()))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("AWS_DEFAULT_REGION gives");
        write("app/samconfig.toml", "[default.deploy.parameters]\nregion = \"eu-west-3\"\n");
        assertThat(messages(lint(request().environment(Map.of("AWS_REGION", "mars-north-1")).build()), "LL990"))
                .containsExactly("region eu-west-3", "region eu-west-3");
    }

    @Test
    void aBrokenSamconfigIsNotReportedWhenTheRegionAndStackNameAreGiven() throws Exception {
        write("app/template.yaml", TEMPLATE);
        write("app/samconfig.yaml", "default: [unclosed\n");

        assertThat(messages(lint(request().region(Optional.of("us-east-2")).build()), "LL000")).hasSize(1);
        LintResult result = lint(request().region(Optional.of("us-east-2")).stackName(Optional.of("app")).build());

        assertThat(messages(result, "LL990")).containsExactly("region us-east-2");
        assertThat(messages(result, "LL000")).isEmpty();
    }
}
