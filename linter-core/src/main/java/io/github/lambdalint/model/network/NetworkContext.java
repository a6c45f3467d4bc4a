package io.github.lambdalint.model.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.Position;

/**
 * Facts about network resources that live outside the template, as the user described them in
 * the configuration file: subnets by id and the VPC endpoints of each VPC.
 */
public record NetworkContext(Map<String, DescribedSubnet> subnets, Map<String, List<DescribedEndpoint>> vpcEndpoints,
                             String file) {

    public static final NetworkContext EMPTY = new NetworkContext(Map.of(), Map.of(), "");

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
        return subnets.isEmpty() && vpcEndpoints.isEmpty();
    }
}
