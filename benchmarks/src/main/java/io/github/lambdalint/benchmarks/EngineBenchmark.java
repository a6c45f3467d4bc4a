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

import io.github.lambdalint.engine.LintEngine;
import io.github.lambdalint.engine.LintRequest;
import io.github.lambdalint.engine.LintResult;

/**
 * The engine's throughput with every rule installed: the repository's test templates (many
 * small files, in parallel as the CLI lints them), and one generated template of a given size
 * (resolution and rules must stay linear in template size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    /** Resources of the generated template: functions, each with a subnet, a role and a queue trigger. */
    @Param({"100", "1000"})
    public int functions;

    private final LintEngine engine = LintEngine.withInstalledRules();
    private List<Path> testdata;
    private Path directory;
    private Path generated;

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
        directory = Files.createTempDirectory("lambda-lint-bench");
        generated = directory.resolve("generated.yaml");
        Files.writeString(generated, GeneratedTemplate.withFunctions(functions));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(generated);
        Files.deleteIfExists(directory);
    }

    @Benchmark
    public LintResult lintTestdataTemplates() {
        return engine.lint(LintRequest.of(testdata, Path.of(".")));
    }

    @Benchmark
    public LintResult lintGeneratedTemplate() {
        return engine.lint(LintRequest.of(List.of(generated), directory));
    }
}
