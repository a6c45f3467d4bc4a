package io.github.lambdalint.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.engine.Baseline;
import io.github.lambdalint.engine.FailOn;
import io.github.lambdalint.engine.LintRequest;
import io.github.lambdalint.report.BaselineFile;
import io.github.lambdalint.resolve.Deployment;

/**
 * Everything a run needs, from what the user gave on the command line (or in the POM), the
 * configuration file and the environment — decided in one place for the CLI and the Maven
 * plugin alike. Precedence, highest first:
 * <ul>
 * <li>region: option, configuration {@code region}, {@code samconfig.toml} beside each
 *     template, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION};</li>
 * <li>parameters: option, then configuration {@code parameters} (merged by name);</li>
 * <li>failOn: option, configuration {@code failOn}, then {@code error}.</li>
 * </ul>
 */
public record RunSettings(LintRequest request, FailOn failOn, LintConfig config) {

    /** What the front end was given explicitly. */
    public record Given(List<Path> paths, Path baseDirectory, Optional<Path> configFile, Optional<String> region,
                        Map<String, String> parameters, Optional<FailOn> failOn, Optional<Path> baselineFile) {
        public Given {
            paths = List.copyOf(paths);
            parameters = Map.copyOf(parameters);
        }
    }

    /** Environment variables, as the front end sees them (tests pass their own). */
    @FunctionalInterface
    public interface Variables {
        Optional<String> get(String name);
    }

    /**
     * @param ruleIds the installed rules, to reject unknown ids in the configuration
     * @throws InvalidConfigException when the configuration file has mistakes
     * @throws IOException when an explicitly named configuration file or the baseline cannot be read
     */
    public static RunSettings resolve(Given given, Variables variables, Set<String> ruleIds)
            throws IOException, InvalidConfigException {
        LintConfig config = loadConfig(given, ruleIds);
        Map<String, String> parameters = new HashMap<>(config.parameters());
        parameters.putAll(given.parameters());
        Optional<String> region = nonBlank(given.region()).or(config::region);
        String regionSource = nonBlank(given.region()).isPresent() ? "the region given to lambda-lint"
                : "the region of " + config.file();
        Optional<LintRequest.FallbackRegion> environmentRegion = nonBlank(variables.get("AWS_REGION"))
                .map(r -> new LintRequest.FallbackRegion(r, "AWS_REGION"))
                .or(() -> nonBlank(variables.get("AWS_DEFAULT_REGION"))
                        .map(r -> new LintRequest.FallbackRegion(r, "AWS_DEFAULT_REGION")));
        LintRequest request = LintRequest.of(given.paths(), given.baseDirectory())
                .withDeployment(new Deployment(region, parameters, config.accountConcurrency(),
                        region.isPresent() ? regionSource : ""))
                .withFallbackRegion(environmentRegion)
                .withRuleLevels(config.ruleLevels())
                .withNetwork(config.network())
                .withSuppressions(config.suppressions(), config.file())
                .withBaseline(given.baselineFile().isPresent()
                        ? Optional.of(readBaseline(given.baselineFile().get())) : Optional.empty());
        FailOn failOn = given.failOn().or(config::failOn).orElse(FailOn.ERROR);
        return new RunSettings(request, failOn, config);
    }

    private static LintConfig loadConfig(Given given, Set<String> ruleIds) throws IOException, InvalidConfigException {
        Optional<Path> file = given.configFile()
                .or(() -> Optional.of(given.baseDirectory().resolve(ConfigLoader.DEFAULT_FILE_NAME))
                        .filter(Files::isRegularFile));
        if (file.isEmpty()) {
            return LintConfig.NONE;
        }
        Path absolute = file.get().toAbsolutePath().normalize();
        Path base = given.baseDirectory().toAbsolutePath().normalize();
        String shown = (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
        try {
            return new ConfigLoader(ruleIds).load(absolute, shown);
        } catch (InvalidConfigException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot read the configuration " + shown + ": " + describe(e), e);
        }
    }

    /** An I/O failure in words: the JDK's exceptions carry only the path. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Baseline readBaseline(Path file) throws IOException {
        try {
            return BaselineFile.read(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("the baseline " + file + " does not exist; create it with --write-baseline", e);
        } catch (IOException e) {
            throw new IOException("cannot read the baseline " + file + ": " + describe(e), e);
        }
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.filter(v -> !v.isBlank());
    }
}
