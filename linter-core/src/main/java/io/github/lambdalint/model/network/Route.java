package io.github.lambdalint.model.network;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * One route of a route table. {@code target} names the kind of next hop; {@code targetRef}
 * is the value that names it (a NAT gateway's logical id, for one).
 */
public record Route(Optional<String> logicalId, Value destination, RouteTarget target, Value targetRef,
                    Position position) {

    public static final String DEFAULT_IPV4 = "0.0.0.0/0";
    public static final String DEFAULT_IPV6 = "::/0";

    /** True when the route certainly covers all IPv4 destinations. */
    public boolean isDefaultRoute() {
        return destination.asText().filter(DEFAULT_IPV4::equals).isPresent();
    }

    /** True when the route certainly covers all IPv6 destinations. */
    public boolean isDefaultIpv6Route() {
        return destination.asText().filter(DEFAULT_IPV6::equals).isPresent();
    }
}
