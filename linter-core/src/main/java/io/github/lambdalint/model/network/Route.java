package io.github.lambdalint.model.network;

import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * One route of a route table. {@code target} names the kind of next hop; {@code targetRef}
 * is the value that names it (a NAT gateway's logical id or id, for one). A deployed route (of the
 * AWS snapshot, {@code file}) has a {@code state}: {@code blackhole} when its target is gone.
 */
public record Route(Optional<String> logicalId, Value destination, RouteTarget target, Value targetRef,
                    Position position, Optional<String> state, Optional<String> file) {

    public static final String DEFAULT_IPV4 = "0.0.0.0/0";
    public static final String DEFAULT_IPV6 = "::/0";

    /** The EC2 API's state of a route whose target is not available (a deleted NAT gateway, a detached gateway). */
    public static final String BLACKHOLE = "blackhole";

    public Route(Optional<String> logicalId, Value destination, RouteTarget target, Value targetRef,
                 Position position) {
        this(logicalId, destination, target, targetRef, position, Optional.empty(), Optional.empty());
    }

    /** True when the route certainly covers all IPv4 destinations. */
    public boolean isDefaultRoute() {
        return destination.asText().filter(DEFAULT_IPV4::equals).isPresent();
    }

    /** True when EC2 reports the route's target as unavailable: the route drops what it matches. */
    public boolean isBlackhole() {
        return state.filter(BLACKHOLE::equals).isPresent();
    }

    /** How a message names the target: its kind, and its id when the route writes one. */
    public String describeTarget() {
        return target.description() + targetRef.asText().map(" "::concat).orElse("");
    }

    /** A fact about the route, placed where it is declared. */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }

    /** True when the route certainly covers all IPv6 destinations. */
    public boolean isDefaultIpv6Route() {
        return destination.asText().filter(DEFAULT_IPV6::equals).isPresent();
    }
}
