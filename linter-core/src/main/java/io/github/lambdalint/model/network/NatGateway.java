package io.github.lambdalint.model.network;

import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::NatGateway}, or a NAT gateway of the AWS snapshot ({@code file}) with its
 * {@code State}. A private NAT gateway ({@code ConnectivityType: private}) never reaches the internet.
 */
public record NatGateway(String logicalId, Value subnet, boolean isPrivate, Position position, Optional<String> state,
                         Optional<String> file) {

    /**
     * States of the EC2 API's {@code NatGateway} in which it carries no traffic, or soon none, with
     * what each means: {@code failed} (never created), {@code deleting} (being terminated, perhaps
     * still passing traffic for the moment), {@code deleted}.
     */
    private static final Map<String, String> GONE = Map.of("failed", "could not be created",
            "deleting", "is being deleted", "deleted", "has been deleted");

    public NatGateway(String logicalId, Value subnet, boolean isPrivate, Position position) {
        this(logicalId, subnet, isPrivate, position, Optional.empty(), Optional.empty());
    }

    /** Why the NAT gateway gives no egress, when the snapshot shows a state that says so. */
    public Optional<String> gone() {
        return state.filter(GONE::containsKey).map(s -> GONE.get(s) + " (State: " + s + ")");
    }

    /** A fact about the NAT gateway, placed where it is declared. */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }
}
