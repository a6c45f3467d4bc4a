package io.github.lambdalint.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.config.ConfigSuppression;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.resolve.Deployment;

/**
 * What to lint and with which facts. Paths are files or directories; {@code baseDirectory}
 * makes reported paths relative (and SARIF URIs relative to {@code %SRCROOT%}).
 */
public record LintRequest(List<Path> paths, Path baseDirectory, Deployment deployment, RuleLevels ruleLevels,
                          ParseLimits limits, NetworkContext network, List<ConfigSuppression> suppressions,
                          String configFile, Optional<FallbackRegion> fallbackRegion, Optional<Baseline> baseline,
                          List<Path> discoveredFiles) {

    public LintRequest {
        paths = List.copyOf(paths);
        discoveredFiles = List.copyOf(discoveredFiles);
        suppressions = List.copyOf(suppressions);
    }

    public static LintRequest of(List<Path> paths, Path baseDirectory) {
        return new LintRequest(paths, baseDirectory, Deployment.UNKNOWN, RuleLevels.DEFAULTS, ParseLimits.DEFAULT,
                NetworkContext.EMPTY, List.of(), "", Optional.empty(), Optional.empty(), List.of());
    }

    public LintRequest withDeployment(Deployment given) {
        return new LintRequest(paths, baseDirectory, given, ruleLevels, limits, network, suppressions, configFile,
                fallbackRegion, baseline, discoveredFiles);
    }

    public LintRequest withRuleLevels(RuleLevels given) {
        return new LintRequest(paths, baseDirectory, deployment, given, limits, network, suppressions, configFile,
                fallbackRegion, baseline, discoveredFiles);
    }

    public LintRequest withNetwork(NetworkContext given) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, limits, given, suppressions, configFile,
                fallbackRegion, baseline, discoveredFiles);
    }

    /** Suppressions from the configuration file, which messages about them name. */
    public LintRequest withSuppressions(List<ConfigSuppression> given, String file) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, limits, network, given, file, fallbackRegion,
                baseline, discoveredFiles);
    }

    /**
     * The region to use for a template when neither the deployment nor a {@code samconfig.toml}
     * beside the template names one (the front ends pass {@code AWS_REGION} here, as
     * {@link FallbackRegion}).
     */
    public LintRequest withFallbackRegion(Optional<FallbackRegion> given) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, limits, network, suppressions, configFile,
                given, baseline, discoveredFiles);
    }

    /** A region from the environment, and the variable that gave it. */
    public record FallbackRegion(String region, String variable) {
    }

    /** Compare findings with a baseline: only new ones count. */
    public LintRequest withBaseline(Optional<Baseline> given) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, limits, network, suppressions, configFile,
                fallbackRegion, given, discoveredFiles);
    }

    /**
     * Files a front end found by its own search (the Maven plugin's include patterns): linted like
     * files found by walking a directory, so a file that is not a template is skipped quietly.
     */
    public LintRequest withDiscoveredFiles(List<Path> given) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, limits, network, suppressions, configFile,
                fallbackRegion, baseline, given);
    }

    public LintRequest withLimits(ParseLimits given) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, given, network, suppressions, configFile,
                fallbackRegion, baseline, discoveredFiles);
    }
}
