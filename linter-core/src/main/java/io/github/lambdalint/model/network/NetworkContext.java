package io.github.lambdalint.model.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.Position;

/**
 * Facts about network resources that live outside the template, as the user described them in
 * the configuration file (subnets by id and the VPC endpoints of each VPC), and the AWS snapshot
 * the user gave, if any. For a subnet id both know, the configuration's description wins: it is
 * what the user wrote for this run.
 */
public record NetworkContext(Map<String, DescribedSubnet> subnets, Map<String, List<DescribedEndpoint>> vpcEndpoints,
                             String file, SnapshotUse snapshot) {

    public static final NetworkContext EMPTY = new NetworkContext(Map.of(), Map.of(), "");

    public NetworkContext(Map<String, DescribedSubnet> subnets, Map<String, List<DescribedEndpoint>> vpcEndpoints,
                          String file) {
        this(subnets, vpcEndpoints, file, new SnapshotUse.None());
    }

    /** How a described subnet reaches the internet. */
    public enum Egress { NAT, IGW, NONE }

    public record DescribedSubnet(String id, Optional<String> vpc, Optional<String> availabilityZone,
                                  Optional<Egress> egress, Position position) {
    }

    public record DescribedEndpoint(String service, Position position) {
    }

    public NetworkContext {
        subnets = Map.copyOf(subnets);
        vpcEndpoints = Map.copyOf(vpcEndpoints);
    }

    public boolean isEmpty() {
        return subnets.isEmpty() && vpcEndpoints.isEmpty() && snapshot instanceof SnapshotUse.None;
    }

    /** This context with the user's snapshot, for templates of any region until {@link #forRegion} says. */
    public NetworkContext withSnapshot(Optional<SnapshotUse.Applies> given) {
        return new NetworkContext(subnets, vpcEndpoints, file,
                given.<SnapshotUse>map(applies -> applies).orElse(new SnapshotUse.None()));
    }

    /** This context for a template deployed to {@code region}: a snapshot of another region does not apply. */
    public NetworkContext forRegion(Optional<String> region) {
        if (snapshot instanceof SnapshotUse.Applies applies && region.isPresent()
                && applies.snapshot().region().filter(r -> !r.equals(region.get())).isPresent()) {
            return new NetworkContext(subnets, vpcEndpoints, file, new SnapshotUse.OtherRegion(applies.snapshot(),
                    applies.snapshot().region().get(), region.get()));
        }
        return this;
    }
}
