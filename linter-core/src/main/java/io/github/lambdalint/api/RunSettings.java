package io.github.lambdalint.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.config.ConfigLoader;
import io.github.lambdalint.config.ConfigProblems;
import io.github.lambdalint.config.LintConfig;
import io.github.lambdalint.config.ParameterOverrides;
import io.github.lambdalint.config.ParametersFile;

/**
 * What one run uses, from the request (what the user gave) and the configuration file, decided
 * in one place for every front end: failOn from the request, the configuration, then
 * {@code error}; each template's stack name, region and parameters as {@link DeploymentPrecedence}
 * says. {@code fileParameters} are the values of the request's parameters file, shown as
 * {@code parametersFile}.
 */
record RunSettings(LintConfig config, DeploymentPrecedence deployments, Optional<String> parametersFile,
                   Map<String, String> fileParameters, FailOn failOn) {

    /**
     * @param ruleIds the installed rules, to reject unknown ids in the configuration
     * @throws InvalidConfigException when the configuration file has mistakes
     * @throws IOException            when the configuration file cannot be read
     */
    static RunSettings of(LintRequest request, Set<String> ruleIds) throws IOException, InvalidConfigException {
        LintConfig config = request.configFile().isPresent()
                ? load(request.configFile().get(), new PathDisplay(request.baseDirectory()), ruleIds)
                : LintConfig.NONE;
        PathDisplay display = new PathDisplay(request.baseDirectory());
        Optional<ParameterOverrides> fileParameters = request.parametersFile().isPresent()
                ? Optional.of(readParameters(request.parametersFile().get(), display))
                : Optional.empty();
        FailOn failOn = request.failOn()
                .or(() -> config.failOn().flatMap(FailOn::parse))
                .orElse(FailOn.ERROR);
        return new RunSettings(config, new DeploymentPrecedence(request, config, fileParameters, display),
                request.parametersFile().map(display::of),
                fileParameters.map(ParameterOverrides::values).orElse(Map.of()), failOn);
    }

    private static ParameterOverrides readParameters(Path file, PathDisplay display)
            throws IOException, InvalidConfigException {
        String shown = display.of(file);
        try {
            return ParametersFile.read(file);
        } catch (ConfigProblems e) {
            throw new InvalidConfigException(shown, e.problems().stream()
                    .map(p -> shown + ":" + p.position() + ": " + p.message()).toList());
        } catch (IOException e) {
            throw new IOException("cannot read the parameters file " + shown + ": " + IoErrors.describe(e), e);
        }
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
