package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.CustomResource;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.network.Route;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.text.English;

/**
 * LL101: a VPC function that the template shows calling out (another function, an AWS API, a
 * host on the internet) from a subnet that gives the call no path: no default route to a NAT
 * and no VPC endpoint for the service. Lambda places the function's network interfaces in any
 * of its subnets, so one such subnet is enough to make calls time out.
 */
public final class VpcFunctionWithoutEgress implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL101", "VpcFunctionWithoutEgress", Level.ERROR,
            "VPC function that calls another function, an AWS service or the internet from subnets with no NAT"
                    + " route and no VPC endpoint for that service.",
            "A function attached to a VPC reaches nothing outside it except through the VPC: a default route to a"
                    + " NAT gateway, or a VPC endpoint for the AWS service it calls. When the template shows the"
                    + " function calling out (its role may invoke functions or use AWS APIs, its environment passes"
                    + " another function or a URL) and one of its subnets has neither, those calls hang until the"
                    + " function times out.",
            List.of("correctness", "vpc", "networking", "lambda"), "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        OutboundCalls outboundCalls = OutboundCalls.in(model);
        for (LambdaFunction function : model.functions()) {
            function.vpcAttachment().attached()
                    .ifPresent(attachment -> check(model, outboundCalls, function, attachment, report));
        }
    }

    private static void check(TemplateModel model, OutboundCalls outboundCalls, LambdaFunction function,
                              VpcAttachment.Attached attachment, Consumer<Violation> report) {
        List<OutboundCalls.Call> calls = outboundCalls.of(function);
        if (calls.isEmpty()) {
            return;
        }
        VpcConfig vpc = attachment.vpcConfig();
        FunctionSubnets subnets = FunctionSubnets.of(model, attachment);
        if (subnets.listUnknown().isPresent()) {
            report.accept(Attachments.note(function, attachment, vpc.positionOf("SubnetIds"),
                    "function " + function.logicalId() + " calls " + describe(calls)
                            + " from its VPC, but whether its subnets give those calls a path is not known: "
                            + subnets.listUnknown().get() + ".", callEvidence(calls)));
            return;
        }
        boolean usesEndpointNames = function.environmentVariables().values().stream()
                .flatMap(Value::references)
                .anyMatch(r -> model.typeOf(r.logicalId()).filter("AWS::EC2::VPCEndpoint"::equals).isPresent());

        PathDoubts doubts = new PathDoubts();
        Map<FunctionSubnets.Placed, List<OutboundCalls.Call>> lacking = doubts.lacking(model, subnets,
                endpoints -> calls.stream()
                        .filter(call -> doubts.endpoint(endpoints, call.endpoints(), usesEndpointNames).isEmpty())
                        .toList());
        // IPv6 egress: a path to dual-stack endpoints only, or, when the flag is not known, maybe none
        Map<FunctionSubnets.Placed, List<OutboundCalls.Call>> ipv6Only = new LinkedHashMap<>();
        lacking.entrySet().removeIf(entry -> entry.getKey().egress().kind() == SubnetEgress.Kind.IPV6_ONLY
                && vpc.ipv6Allowed() != TriState.NO && ipv6Only.put(entry.getKey(), entry.getValue()) == null);
        if (!lacking.isEmpty()) {
            report.accept(noEgress(model, function, attachment, lacking));
        } else if (!ipv6Only.isEmpty()) {
            report.accept(ipv6Only(function, attachment, ipv6Only));
        } else if (!doubts.isEmpty()) {
            List<Evidence> evidence = callEvidence(calls);
            evidence.addAll(doubts.evidence());
            report.accept(Attachments.note(function, attachment, vpc.positionOf("SubnetIds"),
                    "function " + function.logicalId() + " calls " + describe(calls)
                            + " from its VPC, but whether its subnets give those calls a path is not known: "
                            + String.join("; ", doubts.all(model)) + ".", distinct(evidence)));
        }
    }

    private static Violation noEgress(TemplateModel model, LambdaFunction function, VpcAttachment.Attached attachment,
                                      Map<FunctionSubnets.Placed, List<OutboundCalls.Call>> lacking) {
        Set<OutboundCalls.Call> calls = new LinkedHashSet<>();
        lacking.values().forEach(calls::addAll);
        List<OutboundCalls.Call> lackingCalls = List.copyOf(calls);
        List<FunctionSubnets.Placed> subnets = List.copyOf(lacking.keySet());
        List<FunctionSubnets.Placed> publicSubnets = subnets.stream()
                .filter(p -> p.egress().kind() == SubnetEgress.Kind.INTERNET_GATEWAY).toList();

        StringBuilder message = new StringBuilder("function ").append(function.logicalId()).append(" calls ")
                .append(describe(lackingCalls)).append(" but ").append(FunctionSubnets.names(subnets))
                .append(subnets.size() == 1 ? " has" : " have");
        boolean internetOnly = lackingCalls.stream().allMatch(OutboundCalls.Call::internetOnly);
        message.append(internetOnly ? " no route to a working NAT" : " neither a route to a working NAT nor a VPC endpoint for ")
                .append(internetOnly ? "" : lackingCalls.size() == 1 ? "it" : "them");
        if (publicSubnets.size() == subnets.size()) {
            message.append(" (").append(subnets.size() == 1 ? "it is a public subnet" : "they are public subnets")
                    .append(", and an internet gateway is no use to Lambda, whose network interfaces get no public IP)");
        } else if (!publicSubnets.isEmpty()) {
            message.append(" (the internet gateway route of ").append(FunctionSubnets.names(publicSubnets))
                    .append(" is no use to Lambda, whose network interfaces get no public IP)");
        }
        message.append(", so ").append(lackingCalls.size() == 1 ? "this call" : "these calls")
                .append(" from the function ").append(lackingCalls.size() == 1 ? "times" : "time")
                .append(" out; route 0.0.0.0/0 to a NAT gateway");
        List<String> endpoints = lackingCalls.stream().filter(c -> !c.internetOnly())
                .map(c -> c.endpoints().get(0)).distinct().toList();
        if (lackingCalls.stream().anyMatch(OutboundCalls.Call::internetOnly)) {
            message.append(" (no VPC endpoint reaches a host on the internet)");
        } else {
            message.append(endpoints.size() == 1 ? " or add a VPC endpoint for " : " or add VPC endpoints for ")
                    .append(English.list(endpoints));
        }
        message.append('.');
        List<FunctionSubnets.Placed> ipv6Subnets = subnets.stream()
                .filter(p -> p.egress().kind() == SubnetEgress.Kind.IPV6_ONLY).toList();
        if (!ipv6Subnets.isEmpty()) {
            message.append(" The ").append(Route.DEFAULT_IPV6).append(" route of ")
                    .append(FunctionSubnets.names(ipv6Subnets)).append(" to an egress-only internet gateway gives the"
                            + " function nothing: it does not set Ipv6AllowedForDualStack: true in its VpcConfig.");
        }
        List<String> customResources = model.customResourcesOf(function.logicalId()).stream()
                .map(CustomResource::logicalId).toList();
        if (!customResources.isEmpty() && lackingCalls.stream().anyMatch(c -> c.key().equals("s3"))) {
            message.append(" The function answers custom resource").append(customResources.size() == 1 ? " " : "s ")
                    .append(English.list(customResources)).append(" by a PUT to a pre-signed S3 URL: without a path"
                            + " CloudFormation waits for the response until the custom resource times out.");
        }

        List<Evidence> evidence = callEvidence(lackingCalls);
        subnets.forEach(p -> evidence.addAll(p.evidence()));
        return Attachments.violation(function, attachment, attachment.vpcConfig().positionOf("SubnetIds"),
                message.toString(), distinct(evidence));
    }

    /**
     * Calls from subnets whose only way out is IPv6: with {@code Ipv6AllowedForDualStack: true} they reach
     * what has an IPv6 address and nothing else, so the finding is a note that says which is which.
     */
    private static Violation ipv6Only(LambdaFunction function, VpcAttachment.Attached attachment,
                                      Map<FunctionSubnets.Placed, List<OutboundCalls.Call>> ipv6Only) {
        Set<OutboundCalls.Call> calls = new LinkedHashSet<>();
        ipv6Only.values().forEach(calls::addAll);
        List<OutboundCalls.Call> ipv6Calls = List.copyOf(calls);
        List<FunctionSubnets.Placed> subnets = List.copyOf(ipv6Only.keySet());
        VpcConfig vpc = attachment.vpcConfig();
        boolean allowed = vpc.ipv6Allowed() == TriState.YES;
        StringBuilder message = new StringBuilder("function ").append(function.logicalId()).append(" calls ")
                .append(describe(ipv6Calls)).append(" from ").append(FunctionSubnets.names(subnets))
                .append(", whose only way out is IPv6 (").append(Route.DEFAULT_IPV6)
                .append(" to an egress-only internet gateway, no 0.0.0.0/0 route)");
        if (allowed) {
            message.append(", and the function sets Ipv6AllowedForDualStack: true");
        } else {
            message.append("; whether it sets Ipv6AllowedForDualStack is not known (without it the route gives the"
                    + " function nothing)");
        }
        message.append(". Over IPv6 the function reaches only hosts with an IPv6 address: AWS services through their"
                + " dual-stack endpoints, which the AWS SDK uses only with its dual-stack setting"
                + " (AWS_USE_DUALSTACK_ENDPOINT=true, or use_dualstack_endpoint in the shared config file) and only"
                + " for services that have them. Hosts with only an IPv4 address, and every service endpoint the SDK"
                + " calls without that setting, stay out of reach; for them route 0.0.0.0/0 to a NAT gateway");
        List<String> endpoints = ipv6Calls.stream().filter(c -> !c.internetOnly())
                .map(c -> c.endpoints().get(0)).distinct().toList();
        if (!endpoints.isEmpty()) {
            message.append(endpoints.size() == 1 ? " or add a VPC endpoint for " : " or add VPC endpoints for ")
                    .append(English.list(endpoints));
        }
        message.append('.');
        List<Evidence> evidence = callEvidence(ipv6Calls);
        subnets.forEach(p -> evidence.addAll(p.evidence()));
        vpc.ipv6AllowedForDualStack().ifPresent(flag -> evidence.add(Evidence.at(
                vpc.positionOf("Ipv6AllowedForDualStack"), "function " + function.logicalId()
                        + (allowed ? " allows IPv6 traffic from dual-stack subnets" : " sets Ipv6AllowedForDualStack"
                        + " from a value that is not known"))));
        return Attachments.note(function, attachment, vpc.positionOf("SubnetIds"), message.toString(),
                distinct(evidence));
    }

    /** "the sqs and lambda APIs and https://api.example.com". */
    static String describe(List<OutboundCalls.Call> calls) {
        List<String> apis = calls.stream().filter(c -> !c.internetOnly()).map(OutboundCalls.Call::label).toList();
        List<String> parts = new ArrayList<>();
        if (!apis.isEmpty()) {
            parts.add("the " + English.list(apis) + (apis.size() == 1 ? " API" : " APIs"));
        }
        calls.stream().filter(OutboundCalls.Call::internetOnly).map(OutboundCalls.Call::label).forEach(parts::add);
        return English.list(parts);
    }

    private static List<Evidence> callEvidence(List<OutboundCalls.Call> calls) {
        List<Evidence> evidence = new ArrayList<>();
        calls.forEach(c -> evidence.addAll(c.evidence()));
        return evidence;
    }

    private static List<Evidence> distinct(List<Evidence> evidence) {
        List<Evidence> distinct = new ArrayList<>();
        for (Evidence e : evidence) {
            if (!distinct.contains(e)) {
                distinct.add(e);
            }
        }
        return distinct;
    }
}
