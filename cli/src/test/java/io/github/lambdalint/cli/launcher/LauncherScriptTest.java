package io.github.lambdalint.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/lambda-lint} from the distribution, run in an installation of its own whose jar is
 * {@link LauncherProbe}: what reaches the program, what it gives back, and the class-data-sharing
 * archive the first run writes to the user's cache.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    @TempDir
    Path directory;

    private Path launcher;
    private Path cache;

    @BeforeEach
    void install() throws IOException {
        Path home = directory.resolve("lambda-lint");
        launcher = home.resolve("bin/lambda-lint");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("src/dist/bin/lambda-lint"), launcher);
        launcher.toFile().setExecutable(true);
        Files.createDirectories(home.resolve("lib"));
        writeProbeJar(home.resolve("lib/lambda-lint.jar"));
        cache = directory.resolve("cache");
    }

    @Test
    void argumentsReachTheProgramUnchangedAndItsStatusComesBack() throws Exception {
        Run run = run(Map.of("PROBE_STATUS", "3"), "-f", "json", "two words", "*.yaml", "");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("arg:-f\narg:json\narg:two words\narg:*.yaml\narg:\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theFirstLintingRunWritesTheArchiveAndLaterRunsUseIt() throws Exception {
        Run first = run(Map.of("PROBE_STATUS", "1"), "template.yaml");

        assertThat(first.status()).isEqualTo(1);
        assertThat(first.out()).isEqualTo("arg:template.yaml\n"); // no JVM word on standard output
        assertThat(first.err()).isEmpty();
        List<Path> archives = files(cache);
        assertThat(archives).singleElement().satisfies(a -> assertThat(a.toString()).endsWith(".jsa"));
        long written = Files.getLastModifiedTime(archives.get(0)).toMillis();

        // -Xshare:on: the JVM stops instead of running on when it cannot map the archive.
        Run second = run(Map.of("LAMBDA_LINT_JAVA_OPTS", "-Xshare:on"), "template.yaml");

        assertThat(second.status()).isZero();
        assertThat(second.out()).isEqualTo("arg:template.yaml\n");
        assertThat(second.err()).isEmpty();
        assertThat(files(cache)).isEqualTo(archives);
        assertThat(Files.getLastModifiedTime(archives.get(0)).toMillis()).isEqualTo(written);
    }

    @Test
    void theJvmRunsWithShortRunSettingsAndTheUsersOptionsLast() throws Exception {
        Run run = run(Map.of("PROBE_JVM", "yes", "LAMBDA_LINT_CDS", "off", "LAMBDA_LINT_JAVA_OPTS", "-Xmx256m"),
                "template.yaml");

        List<String> options = run.out().lines().filter(line -> line.startsWith("jvm:"))
                .map(line -> line.substring("jvm:".length())).toList();
        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:NewSize=16m");
        assertThat(options).last().isEqualTo("-Xmx256m");
        // Huge pages only where the kernel gives them on request, so the JVM has no warning to print.
        assertThat(options.contains("-XX:+UseTransparentHugePages")).isEqualTo(kernelOffersHugePages());
        assertThat(run.err()).isEmpty();
    }

    private static boolean kernelOffersHugePages() throws IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        if (!Files.isReadable(setting)) {
            return false;
        }
        String mode = Files.readString(setting);
        return mode.contains("[always]") || mode.contains("[madvise]");
    }

    @Test
    void runsThatLintNothingOrFailWriteNoArchive() throws Exception {
        assertThat(run(Map.of(), "--version").status()).isZero();
        assertThat(run(Map.of("PROBE_STATUS", "2"), "no-such-file.yaml").status()).isEqualTo(2);

        assertThat(files(cache)).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTheArchive() throws Exception {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "");
        cache = file.resolve("cache");

        Run run = run(Map.of("PROBE_STATUS", "1"), "template.yaml");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("arg:template.yaml\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void concurrentFirstRunsLeaveOneWholeArchive() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(start(Map.of(), "run-" + i));
        }
        for (int i = 0; i < processes.size(); i++) {
            Run run = finish(processes.get(i));
            assertThat(run.status()).isZero();
            assertThat(run.out()).isEqualTo("arg:run-" + i + "\n");
        }

        assertThat(files(cache)).singleElement().satisfies(a -> assertThat(a.toString()).endsWith(".jsa"));
        assertThat(run(Map.of(), "after").out()).isEqualTo("arg:after\n");
    }

    @Test
    void theArchiveCanBeTurnedOff() throws Exception {
        Run run = run(Map.of("LAMBDA_LINT_CDS", "off"), "template.yaml");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("arg:template.yaml\n");
        assertThat(files(cache)).isEmpty();
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(Map<String, String> environment, String... args) throws Exception {
        return finish(start(environment, args));
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("LAMBDA_LINT_CACHE", cache.toString());
        builder.environment().remove("LAMBDA_LINT_CDS");
        builder.environment().remove("LAMBDA_LINT_JAVA_OPTS");
        builder.environment().remove("PROBE_STATUS");
        builder.environment().remove("PROBE_JVM");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static Run finish(Process process) throws Exception {
        process.getOutputStream().close();
        // Both streams are small: read one after the other without filling a pipe.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private static void writeProbeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            probe.transferTo(out);
            out.closeEntry();
        }
    }
}
