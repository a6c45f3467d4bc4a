package io.github.lambdalint.model.network;

/** Where a route sends traffic, as far as egress to the internet is concerned. */
public enum RouteTarget {
    NAT_GATEWAY("a NAT gateway"),
    NAT_INSTANCE("an instance (NAT instance)"),
    TRANSIT_GATEWAY("a transit gateway"),
    INTERNET_GATEWAY("an internet gateway"),
    EGRESS_ONLY_INTERNET_GATEWAY("an egress-only internet gateway (IPv6)"),
    VPC_PEERING("a VPC peering connection"),
    NETWORK_INTERFACE("a network interface"),
    GATEWAY_LOAD_BALANCER_ENDPOINT("a Gateway Load Balancer endpoint"),
    VIRTUAL_PRIVATE_GATEWAY("a virtual private gateway"),
    CARRIER_GATEWAY("a carrier gateway"),
    LOCAL_GATEWAY("a local gateway"),
    CORE_NETWORK("a Cloud WAN core network"),
    UNKNOWN("a target not known statically");

    private final String description;

    RouteTarget(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
