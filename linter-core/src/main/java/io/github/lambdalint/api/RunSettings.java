package io.github.lambdalint.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.config.ConfigLoader;
import io.github.lambdalint.config.ConfigProblems;
import io.github.lambdalint.config.LintConfig;
import io.github.lambdalint.resolve.Deployment;

/**
 * What one run uses, from the request (what the user gave) and the configuration file, decided
 * in one place for every front end. Highest first: parameters from the request, then the
 * configuration's (merged by name); failOn from the request, the configuration, then
 * {@code error}; the region as {@link RegionPrecedence} says.
 */
record RunSettings(LintConfig config, Deployment deployment, RegionPrecedence regions, FailOn failOn) {

    /**
     * @param ruleIds the installed rules, to reject unknown ids in the configuration
     * @throws InvalidConfigException when the configuration file has mistakes
     * @throws IOException            when the configuration file cannot be read
     */
    static RunSettings of(LintRequest request, Set<String> ruleIds) throws IOException, InvalidConfigException {
        LintConfig config = request.configFile().isPresent()
                ? load(request.configFile().get(), new PathDisplay(request.baseDirectory()), ruleIds)
                : LintConfig.NONE;
        Map<String, String> parameters = new HashMap<>(config.parameters());
        parameters.putAll(request.parameters());
        // The region is chosen per template (a samconfig file may sit beside it); the deployment starts without.
        Deployment deployment = new Deployment(Optional.empty(), parameters, config.accountConcurrency(), "");
        FailOn failOn = request.failOn()
                .or(() -> config.failOn().flatMap(FailOn::parse))
                .orElse(FailOn.ERROR);
        return new RunSettings(config, deployment, new RegionPrecedence(request.region(), config,
                request.environment()), failOn);
    }

    private static LintConfig load(Path file, PathDisplay display, Set<String> ruleIds)
            throws IOException, InvalidConfigException {
        String shown = display.of(file);
        try {
            return new ConfigLoader(ruleIds).load(file.toAbsolutePath().normalize(), shown);
        } catch (ConfigProblems e) {
            throw new InvalidConfigException(shown, e.problems().stream()
                    .map(p -> shown + ":" + p.position() + ": " + p.message()).toList());
        } catch (IOException e) {
            throw new IOException("cannot read the configuration " + shown + ": " + IoErrors.describe(e), e);
        }
    }
}
