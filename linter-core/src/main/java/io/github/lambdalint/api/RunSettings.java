package io.github.lambdalint.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.build.ModelBuilder;
import io.github.lambdalint.config.ConfigLoader;
import io.github.lambdalint.config.ConfigProblems;
import io.github.lambdalint.config.LintConfig;
import io.github.lambdalint.config.ParameterOverrides;
import io.github.lambdalint.config.ParametersFile;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.resolve.DeployedStacks;
import io.github.lambdalint.snapshot.AwsSnapshot;
import io.github.lambdalint.snapshot.SnapshotException;

/**
 * What one run uses, from the request (what the user gave) and the configuration file, decided
 * in one place for every front end: failOn from the request, the configuration, then
 * {@code error}; each template's stack name, region and parameters as {@link DeploymentPrecedence}
 * says. {@code fileParameters} are the values of the request's parameters file, shown as
 * {@code parametersFile}. The AWS snapshot comes from the request, else the configuration's, joined to
 * the configuration's {@code network:} facts in {@code network}.
 */
record RunSettings(LintConfig config, DeploymentPrecedence deployments, Optional<String> parametersFile,
                   Map<String, String> fileParameters, FailOn failOn, NetworkContext network) {

    /**
     * @param ruleIds the installed rules, to reject unknown ids in the configuration
     * @throws InvalidConfigException when the configuration file or the AWS snapshot has mistakes
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
        Optional<Path> snapshotFolder = request.awsSnapshot().or(config::awsSnapshot);
        Optional<AwsSnapshot> snapshot = snapshotFolder.isPresent()
                ? Optional.of(snapshot(snapshotFolder.get(), display))
                : Optional.empty();
        return new RunSettings(config, new DeploymentPrecedence(request, config, fileParameters, display, snapshot),
                request.parametersFile().map(display::of),
                fileParameters.map(ParameterOverrides::values).orElse(Map.of()), failOn,
                config.network().withSnapshot(snapshot.map(ModelBuilder::snapshot)));
    }

    /** The stacks the AWS snapshot shows deployed, which answer imports no template of the run gives. */
    DeployedStacks deployedStacks() {
        return network.snapshot() instanceof SnapshotUse.Applies applies ? new SnapshotStacks(applies.snapshot())
                : DeployedStacks.NONE;
    }

    /** The files and keys of the AWS snapshot that were not read. */
    List<String> snapshotSkips() {
        return network.snapshot() instanceof SnapshotUse.Applies applies ? applies.snapshot().ignored() : List.of();
    }

    private static AwsSnapshot snapshot(Path folder, PathDisplay display) throws IOException, InvalidConfigException {
        String shown = display.of(folder);
        try {
            return AwsSnapshot.read(folder, shown);
        } catch (SnapshotException e) {
            throw new InvalidConfigException(shown, "AWS snapshot", e.problems());
        } catch (IOException e) {
            throw new IOException("cannot read the AWS snapshot " + shown + ": " + IoErrors.describe(e), e);
        }
    }

    private static ParameterOverrides readParameters(Path file, PathDisplay display)
            throws IOException, InvalidConfigException {
        String shown = display.of(file);
        try {
            return ParametersFile.read(file);
        } catch (ConfigProblems e) {
            throw new InvalidConfigException(shown, "parameters file", e.problems().stream()
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
            throw new InvalidConfigException(shown, "configuration", e.problems().stream()
                    .map(p -> shown + ":" + p.position() + ": " + p.message()).toList());
        } catch (IOException e) {
            throw new IOException("cannot read the configuration " + shown + ": " + IoErrors.describe(e), e);
        }
    }
}
