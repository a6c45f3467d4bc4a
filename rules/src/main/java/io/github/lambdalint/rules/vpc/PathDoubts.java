package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.text.English;

/**
 * Why a path out of some subnets cannot be decided, and what the user could give to decide it: an
 * interface endpoint without private DNS, a subnet from a parameter, a literal subnet id nothing
 * describes. Collected subnet by subnet, then said once; shared by the rules that ask whether subnets
 * reach AWS (LL101 for a function's calls, LL106 for an event source poller's).
 */
final class PathDoubts {

    private final Set<String> doubts = new LinkedHashSet<>();
    private final Set<String> parameters = new LinkedHashSet<>();
    private final Set<String> undescribed = new LinkedHashSet<>();
    private final List<Evidence> evidence = new ArrayList<>();

    /**
     * The endpoint among {@code endpoints} for one of {@code services}, one with private DNS first. An
     * interface endpoint without it is a doubt, unless the caller uses the endpoint's own DNS names.
     */
    Optional<Network.ServiceEndpoint> endpoint(List<Network.ServiceEndpoint> endpoints, Collection<String> services,
                                               boolean usesEndpointNames) {
        Optional<Network.ServiceEndpoint> endpoint = endpoints.stream()
                .filter(e -> services.contains(e.service()))
                .min((a, b) -> Boolean.compare(a.privateDns() != TriState.YES, b.privateDns() != TriState.YES));
        if (endpoint.isPresent() && endpoint.get().privateDns() != TriState.YES && !usesEndpointNames) {
            doubts.add("the " + endpoint.get().service() + " interface endpoint does not set PrivateDnsEnabled:"
                    + " true (CloudFormation's default is false), so SDK calls to the default "
                    + endpoint.get().service() + " host name do not use it");
            evidence.add(endpoint.get().evidence());
        }
        return endpoint;
    }

    /**
     * The subnets without a NAT route that leave something unserved, with what they leave: {@code unserved}
     * gives it from the endpoints that serve a subnet (an empty list when they serve everything). A subnet
     * whose egress is not known is a doubt instead.
     */
    <T> Map<FunctionSubnets.Placed, List<T>> lacking(TemplateModel model, FunctionSubnets subnets,
                                                      Function<List<Network.ServiceEndpoint>, List<T>> unserved) {
        Map<FunctionSubnets.Placed, List<T>> lacking = new LinkedHashMap<>();
        for (FunctionSubnets.Placed placed : subnets.subnets()) {
            SubnetEgress.Kind kind = placed.egress().kind();
            if (kind == SubnetEgress.Kind.NAT) {
                continue;
            }
            List<T> left = unserved.apply(model.network().endpointsFor(placed.subnet()));
            if (left.isEmpty()) {
                continue;
            }
            if (kind == SubnetEgress.Kind.UNKNOWN) {
                unknownEgress(placed);
            } else {
                lacking.put(placed, left);
            }
        }
        return lacking;
    }

    /**
     * A subnet whose egress is not known: what the user could give about it (a parameter value, a
     * description of a literal id, its egress). A subnet of a template of the run whose egress cannot be
     * decided (a route to a virtual private gateway, a route table outside the template, a condition), or a
     * value nothing could describe, adds nothing.
     */
    private void unknownEgress(FunctionSubnets.Placed placed) {
        ResolvedSubnet subnet = placed.subnet();
        if (subnet instanceof ResolvedSubnet.InTemplate || subnet instanceof ResolvedSubnet.InOtherStack) {
            return;
        }
        if (subnet instanceof ResolvedSubnet.Undescribed) {
            if (subnet.reference() instanceof Value.ParameterRef parameter) {
                parameters.add(parameter.name());
            } else if (subnet.reference().asText().isPresent()) {
                undescribed.add(subnet.reference().asText().get() + FunctionSubnets.importedThrough(subnet.reference()));
            } else {
                return; // an import no template of the run resolves, a condition, a reference to something else
            }
        } else {
            doubts.add(placed.missing() + "; give its egress (nat, igw or none) under network.subnets");
        }
        evidence.addAll(placed.evidence());
    }

    /** Another reason the path cannot be decided, with the facts behind it. */
    void add(String doubt, List<Evidence> facts) {
        doubts.add(doubt);
        evidence.addAll(facts);
    }

    boolean isEmpty() {
        return doubts.isEmpty() && parameters.isEmpty() && undescribed.isEmpty();
    }

    /** Every doubt, each with what to give. */
    List<String> all(TemplateModel model) {
        List<String> all = new ArrayList<>(doubts);
        if (!parameters.isEmpty()) {
            List<String> names = List.copyOf(parameters);
            all.add("the subnets from " + (names.size() == 1 ? "parameter " : "parameters ")
                    + English.list(names) + " are not known; give "
                    + (names.size() == 1 ? "it a value" : "them values")
                    + " " + Network.WHERE_TO_GIVE_PARAMETERS + " and describe the subnets " + Network.WHERE_TO_DESCRIBE);
        }
        if (!undescribed.isEmpty()) {
            all.add("describe " + English.list(List.copyOf(undescribed)) + " " + model.network().whereToDescribe());
        }
        return all;
    }

    /** The facts behind the doubts, in the order they were met. */
    List<Evidence> evidence() {
        return evidence;
    }
}
