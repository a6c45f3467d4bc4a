package io.github.lambdalint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.rule.RuleInfo;

/**
 * The rule SPI works for rules nobody compiled with lambda-lint: a rule in a jar of its own,
 * registered in its META-INF/services, is found on the class path and runs.
 */
class ExternalRuleJarTest {

    private static final String SOURCE = """
            package example.team;

            import java.util.List;
            import java.util.function.Consumer;
            import io.github.lambdalint.finding.Level;
            import io.github.lambdalint.model.TemplateModel;
            import io.github.lambdalint.rule.Rule;
            import io.github.lambdalint.rule.RuleInfo;
            import io.github.lambdalint.rule.Violation;

            public final class NoFunctionsNamedTest implements Rule {
                public RuleInfo info() {
                    return new RuleInfo("LL901", "NoFunctionsNamedTest", Level.WARNING, "No test functions.",
                            "A team rule shipped in its own jar.", List.of("team"), "high");
                }

                public void check(TemplateModel model, Consumer<Violation> report) {
                    model.functions().stream().filter(f -> f.logicalId().startsWith("Test"))
                            .forEach(f -> report.accept(Violation.of(f.position(), f.logicalId(),
                                    "function " + f.logicalId() + " looks like a test", List.of())));
                }
            }
            """;

    @TempDir
    Path directory;

    @Test
    void aRuleInItsOwnJarIsFoundAndRuns() throws Exception {
        Path jar = buildRuleJar();
        Path template = directory.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  TestHelper:
                    Type: AWS::Lambda::Function
                """);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ExternalRuleJarTest.class.getClassLoader())) {
            LintEngine engine = LintEngine.withInstalledRules(loader);
            assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("LL000", "LL001", "LL002", "LL003", "LL901");
            LintResult result = engine.lint(LintRequest.of(List.of(template), directory));
            assertThat(result.findings()).extracting(Finding::ruleId, Finding::message)
                    .containsExactly(tuple("LL901", "function TestHelper looks like a test"));
        }
    }

    private Path buildRuleJar() throws Exception {
        Path sources = Files.createDirectories(directory.resolve("src/example/team"));
        Path source = sources.resolve("NoFunctionsNamedTest.java");
        Files.writeString(source, SOURCE);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "--release", "17", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        assertThat(status).as("compiling the external rule").isZero();

        Path jar = directory.resolve("team-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("example/team/NoFunctionsNamedTest.class"));
            Files.copy(classes.resolve("example/team/NoFunctionsNamedTest.class"), (OutputStream) out);
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/io.github.lambdalint.rule.Rule"));
            out.write("example.team.NoFunctionsNamedTest\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
