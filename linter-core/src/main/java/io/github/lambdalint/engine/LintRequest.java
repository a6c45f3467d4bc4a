package io.github.lambdalint.engine;

import java.nio.file.Path;
import java.util.List;

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
                          String configFile) {

    public LintRequest {
        paths = List.copyOf(paths);
        suppressions = List.copyOf(suppressions);
    }

    public static LintRequest of(List<Path> paths, Path baseDirectory) {
        return new LintRequest(paths, baseDirectory, Deployment.UNKNOWN, RuleLevels.DEFAULTS, ParseLimits.DEFAULT,
                NetworkContext.EMPTY, List.of(), "");
    }

    public LintRequest withDeployment(Deployment given) {
        return new LintRequest(paths, baseDirectory, given, ruleLevels, limits, network, suppressions, configFile);
    }

    public LintRequest withRuleLevels(RuleLevels given) {
        return new LintRequest(paths, baseDirectory, deployment, given, limits, network, suppressions, configFile);
    }

    public LintRequest withNetwork(NetworkContext given) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, limits, given, suppressions, configFile);
    }

    /** Suppressions from the configuration file, which messages about them name. */
    public LintRequest withSuppressions(List<ConfigSuppression> given, String file) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, limits, network, given, file);
    }

    public LintRequest withLimits(ParseLimits given) {
        return new LintRequest(paths, baseDirectory, deployment, ruleLevels, given, network, suppressions, configFile);
    }
}
