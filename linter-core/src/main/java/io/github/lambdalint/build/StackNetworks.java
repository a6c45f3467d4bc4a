package io.github.lambdalint.build;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.resolve.StackSet;

/**
 * The networks of a run's templates as the templates that import from them see them: each is
 * built once a run, however many templates read it, and shared by the models of all of them.
 * Templates are modelled in parallel, so it is safe to share between threads.
 */
public final class StackNetworks {

    private final StackSet stacks;
    private final NetworkContext context;
    private final ConcurrentMap<String, Network> built = new ConcurrentHashMap<>();

    /** @param context the network context of the run, narrowed to each template's region */
    public StackNetworks(StackSet stacks, NetworkContext context) {
        this.stacks = stacks;
        this.context = context;
    }

    public StackSet stacks() {
        return stacks;
    }

    NetworkContext context() {
        return context;
    }

    /**
     * The networks of the templates {@code file} reads from, by file, each built with the networks
     * it reads from in turn; the set's order puts every template after the ones it reads from.
     */
    Map<String, Network> readBy(String file) {
        Map<String, Network> networks = new HashMap<>();
        for (String other : stacks.dependenciesInOrder(file)) {
            networks.put(other, built.computeIfAbsent(other, o -> read(o, Map.copyOf(networks))));
        }
        return networks;
    }

    private Network read(String file, Map<String, Network> readFrom) {
        StackSet.Stack other = stacks.stack(file).orElseThrow();
        LiveResources theirs = new LiveResources(other.template(), stacks.resolver(other));
        return new NetworkReader(theirs).read(context.forRegion(other.deployment().region()), readFrom);
    }
}
