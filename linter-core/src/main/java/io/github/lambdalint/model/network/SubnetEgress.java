package io.github.lambdalint.model.network;

import java.util.List;

import io.github.lambdalint.finding.Evidence;

/**
 * How traffic from a subnet to the internet leaves the VPC, with the facts that show it.
 * Lambda network interfaces never get public addresses, so only {@link Kind#NAT} gives a VPC
 * function internet access over IPv4; {@link Kind#IPV6_ONLY} gives it IPv6 egress, when it allows IPv6.
 */
public record SubnetEgress(Kind kind, String summary, List<Evidence> evidence) {

    public enum Kind {
        /** A default route to a NAT gateway, NAT instance or transit gateway. */
        NAT,
        /** The default route goes to an internet gateway: a public subnet. */
        INTERNET_GATEWAY,
        /** No default route at all. */
        NONE,
        /**
         * No IPv4 way out, but {@code ::/0} goes to an egress-only internet gateway: IPv6 egress, which a
         * function uses only with {@code Ipv6AllowedForDualStack: true} (and then reaches only hosts with
         * IPv6 addresses); without that flag it is {@link #NONE} for the function.
         */
        IPV6_ONLY,
        /** The decisive fact is not in the template. */
        UNKNOWN
    }

    public SubnetEgress {
        evidence = List.copyOf(evidence);
    }
}
