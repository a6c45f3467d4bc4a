package io.github.lambdalint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;

/**
 * The engine's throughput with every rule installed: the repository's test templates (many
 * small files, in parallel as the CLI lints them), and one generated template of each shape and
 * size (time must grow linearly with the number of resources).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private final LintEngine engine = LintEngine.withInstalledRules();
    private List<Path> testdata;

    /** A generated template; only the benchmark that lints it pays for its parameters. */
    @State(Scope.Benchmark)
    public static class Generated {
        /** What fills the template: see {@link GeneratedTemplate.Shape}. */
        @Param({"FUNCTIONS", "SHARED_ROLE", "MANY_CONDITIONS", "STACK", "STACK_OWN_QUEUES"})
        public GeneratedTemplate.Shape shape;

        /** Resources in the template. */
        @Param({"1000", "5000", "10000"})
        public int resources;

        private Path directory;
        private Path template;

        @Setup(Level.Trial)
        public void write() throws IOException {
            directory = Files.createTempDirectory("lambda-lint-bench");
            template = directory.resolve("generated.yaml");
            Files.writeString(template, GeneratedTemplate.of(shape, resources));
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(template);
            Files.deleteIfExists(directory);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("lambda-lint.testdata", "testdata/rules"));
        try (Stream<Path> files = Files.walk(root)) {
            testdata = files.filter(f -> f.toString().matches(".*\\.(yaml|json)$")).sorted().toList();
        }
        if (testdata.isEmpty()) {
            throw new IllegalStateException("no templates under " + root.toAbsolutePath()
                    + "; run from the repository root or set -Dlambda-lint.testdata");
        }
    }

    @Benchmark
    public LintResult lintTestdataTemplates() throws Exception {
        return engine.lint(LintRequest.of(testdata, Path.of(".")));
    }

    @Benchmark
    public LintResult lintGeneratedTemplate(Generated generated) throws Exception {
        return engine.lint(LintRequest.of(List.of(generated.template), generated.directory));
    }
}
