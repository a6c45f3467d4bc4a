package io.github.lambdalint.model.network;

import io.github.lambdalint.model.security.SecurityGroups;
import io.github.lambdalint.snapshot.AwsSnapshot;

/** Whether the user's AWS snapshot describes the account a template deploys into. */
public sealed interface SnapshotUse {

    /** No snapshot was given. */
    record None() implements SnapshotUse {
    }

    /**
     * The snapshot's facts count like the template's own: {@code network} holds its subnets, route
     * tables, NAT gateways and endpoints, {@code securityGroups} its groups (and its subnets' CIDR
     * blocks), as the same model values a template gives, keyed by their ids.
     */
    record Applies(AwsSnapshot snapshot, Network network, SecurityGroups securityGroups) implements SnapshotUse {
    }

    /** The snapshot is of another region than the template deploys to: none of its ids exist there. */
    record OtherRegion(AwsSnapshot snapshot, String snapshotRegion, String deployRegion) implements SnapshotUse {
    }
}
