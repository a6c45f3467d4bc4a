package io.github.lambdalint.build;

import java.util.Optional;

import io.github.lambdalint.resolve.Value;

/**
 * Reads the on-failure destination out of a {@code DestinationConfig} (of an event invoke
 * config or an event source mapping). A block that is not written out as a mapping (a
 * condition, a parameter) is returned as it is: it may name a destination, and a rule must not
 * assume it does not.
 */
final class Destinations {

    private Destinations() {
    }

    /**
     * The {@code OnFailure} destination. {@code typeCreates}: SAM's {@code EventInvokeConfig}
     * creates the queue or topic itself when {@code OnFailure} gives only a {@code Type}
     * (samtranslator/model/sam_resources.py, _validate_and_inject_resource); the block then
     * stands for the destination. Event source mappings need {@code Destination}
     * (samtranslator/model/eventsources/pull.py).
     */
    static Optional<Value> onFailure(Optional<Value> destinationConfig, boolean typeCreates) {
        if (destinationConfig.isEmpty()) {
            return Optional.empty();
        }
        if (destinationConfig.get().asMap().isEmpty()) {
            return destinationConfig;
        }
        Optional<Value> onFailure = LiveResources.path(destinationConfig, "OnFailure");
        if (onFailure.isEmpty() || onFailure.get().asMap().isEmpty()) {
            return onFailure;
        }
        Optional<Value> destination = LiveResources.path(onFailure, "Destination");
        if (destination.isPresent()) {
            return destination;
        }
        return typeCreates && LiveResources.path(onFailure, "Type").isPresent() ? onFailure : Optional.empty();
    }
}
