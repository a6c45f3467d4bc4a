package io.github.lambdalint.api;

import java.util.Optional;

import io.github.lambdalint.resolve.DeployedStacks;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * The stacks of the AWS snapshot as the run's {@link io.github.lambdalint.resolve.StackSet} reads
 * them: exports and stack outputs, for templates that deploy to the snapshot's region (or whose
 * region is not known).
 */
final class SnapshotStacks implements DeployedStacks {

    private final AwsSnapshot snapshot;

    SnapshotStacks(AwsSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Optional<String> export(String name, Optional<String> region) {
        if (otherRegion(region)) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot.exports().get(name))
                .map(AwsSnapshot.Export::value);
    }

    @Override
    public Optional<String> output(String stackName, String outputKey, Optional<String> region) {
        if (otherRegion(region)) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot.stacks().get(stackName)).map(s -> s.outputs().get(outputKey))
                .map(AwsSnapshot.StackValue::value);
    }

    private boolean otherRegion(Optional<String> region) {
        return region.isPresent() && snapshot.region().filter(r -> !r.equals(region.get())).isPresent();
    }
}
