package io.github.lambdalint.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.config.ConfigLoader;
import io.github.lambdalint.config.ConfigProblems;
import io.github.lambdalint.config.LintConfig;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.snapshot.AwsSnapshot;
import io.github.lambdalint.snapshot.SnapshotException;

/**
 * What one run uses, from the request (what the user gave) and the configuration file, decided
 * in one place for every front end. Highest first: parameters from the request, then the
 * configuration's (merged by name); failOn from the request, the configuration, then
 * {@code error}; the region as {@link RegionPrecedence} says; the AWS snapshot from the request, else the
 * configuration's, joined to the configuration's {@code network:} facts.
 */
record RunSettings(LintConfig config, Deployment deployment, RegionPrecedence regions, FailOn failOn,
                   NetworkContext network) {

    /**
     * @param ruleIds the installed rules, to reject unknown ids in the configuration
     * @throws InvalidConfigException when the configuration file or the AWS snapshot has mistakes
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
        Optional<Path> snapshotFolder = request.awsSnapshot().or(config::awsSnapshot);
        Optional<AwsSnapshot> snapshot = snapshotFolder.isPresent()
                ? Optional.of(snapshot(snapshotFolder.get(), new PathDisplay(request.baseDirectory())))
                : Optional.empty();
        return new RunSettings(config, deployment, new RegionPrecedence(request.region(), config,
                request.environment()), failOn, config.network().withSnapshot(snapshot));
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
