package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.network.Ec2Ids;
import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.text.English;

/**
 * The subnets of a function's {@code VpcConfig}, each with how it reaches the internet, or, when
 * the list comes from a parameter, what the user could give to have it checked. Shared by the
 * egress rules (LL101, LL102).
 */
record FunctionSubnets(List<Placed> subnets, Optional<String> listUnknown) {

    /**
     * One listed subnet and its egress; {@code importedFrom} is where the AWS snapshot states the export
     * that gave its id, when one did.
     */
    record Placed(ResolvedSubnet subnet, SubnetEgress egress, Optional<Evidence> importedFrom) {
        String name() {
            if (subnet.reference() instanceof Value.ParameterRef parameter) {
                return "the subnet from parameter " + parameter.name();
            }
            return subnet.name();
        }

        /** What the user could provide to have this subnet checked. */
        String missing() {
            if (subnet instanceof ResolvedSubnet.Undescribed undescribed) {
                return undescribed.missing();
            }
            return egress.summary();
        }

        /** The facts behind the subnet's egress, led by where the function lists it. */
        List<Evidence> evidence() {
            List<Evidence> chain = new ArrayList<>();
            String summary = egress.summary();
            if (subnet instanceof ResolvedSubnet.Undescribed) {
                summary = subnet.reference() instanceof Value.ParameterRef || subnet.reference() instanceof Value.Text
                        ? name() + " is not described: " + missing() : missing();
            }
            chain.add(Evidence.at(subnet.reference().position(), summary));
            importedFrom.ifPresent(chain::add);
            chain.addAll(egress.evidence());
            return chain;
        }
    }

    /**
     * " (from !ImportValue NAME)" when a literal subnet id came from another stack's output, so a note
     * that asks to describe it says where the id came from; empty otherwise.
     */
    static String importedThrough(Value subnet) {
        if (subnet.source() instanceof MapNode call && call.singleEntry().isPresent()) {
            MapNode.Entry function = call.singleEntry().get();
            String argument = function.value() instanceof ScalarNode name ? " " + name.text() : "";
            return switch (function.name()) {
                case "Fn::ImportValue" -> " (from !ImportValue" + argument + ")";
                case "Fn::GetStackOutput" -> " (from Fn::GetStackOutput)";
                default -> "";
            };
        }
        return "";
    }

    static FunctionSubnets of(TemplateModel model, VpcAttachment.Attached attachment) {
        return of(model, attachment.subnets());
    }

    /** The subnets of a list of subnet ids as deployed (a function's, or those an event poller uses). */
    static FunctionSubnets of(TemplateModel model, VpcAttachment.Ids ids) {
        if (ids.entries().isEmpty()) {
            // a list built by a condition or an import: nothing the user could add would settle it
            return new FunctionSubnets(List.of(), ids.parameter().map(parameter -> "the subnets come from parameter "
                    + parameter.name() + "; give it a value " + Network.WHERE_TO_GIVE_PARAMETERS
                    + " and describe the subnets " + Network.WHERE_TO_DESCRIBE));
        }
        List<Placed> placed = new ArrayList<>();
        for (Value item : ids.entries().get()) {
            if (Ec2Ids.namesNoSubnet(item)) {
                continue; // LL105 reports it, nothing could be described
            }
            ResolvedSubnet subnet = model.network().resolve(item);
            Optional<Evidence> imported = subnet instanceof ResolvedSubnet.InSnapshot inSnapshot
                    ? model.network().importedFrom(inSnapshot) : Optional.empty();
            placed.add(new Placed(subnet, model.network().egress(subnet), imported));
        }
        return new FunctionSubnets(placed, Optional.empty());
    }

    static String names(List<Placed> subnets) {
        List<String> names = subnets.stream().map(Placed::name).toList();
        if (names.size() > 1 && names.stream().allMatch(n -> n.startsWith("subnet "))) {
            return "subnets " + English.list(names.stream().map(n -> n.substring("subnet ".length())).toList());
        }
        return English.list(names);
    }
}
