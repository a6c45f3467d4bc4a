package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.network.Ec2Ids;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL104: a VPC function whose subnets are one subnet, or provably all in one Availability Zone.
 * Lambda runs the function only in the AZs of its subnets, so one AZ outage stops it.
 */
public final class VpcFunctionInOneAvailabilityZone implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL104", "VpcFunctionInOneAvailabilityZone", Level.WARNING,
            "VPC function placed in a single subnet or in subnets that are all in one Availability Zone.",
            "Lambda runs a VPC function only in the Availability Zones of the subnets in its VpcConfig. With a "
                    + "single subnet, or several subnets in the same zone, an outage of that zone stops the "
                    + "function, and Lambda cannot spread its network interfaces for high availability.",
            List.of("reliability", "vpc", "lambda"), "very-high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        for (LambdaFunction function : model.functions()) {
            function.vpcAttachment().attached().ifPresent(attachment -> check(model, function, attachment, report));
        }
    }

    private static void check(TemplateModel model, LambdaFunction function, VpcAttachment.Attached attachment,
                              Consumer<Violation> report) {
        Optional<List<Value>> subnets = attachment.subnets().entries();
        if (subnets.isEmpty() || subnets.get().isEmpty()) {
            return; // no subnets at all is LL105's finding
        }
        if (subnets.get().size() == 1 && Ec2Ids.namesNoSubnet(subnets.get().get(0))) {
            return; // the stack fails to deploy, which is LL105's finding
        }
        List<ResolvedSubnet> resolved = subnets.get().stream().map(model.network()::resolve).toList();
        Position at = attachment.vpcConfig().positionOf("SubnetIds");
        if (resolved.size() == 1) {
            ResolvedSubnet only = resolved.get(0);
            report.accept(Attachments.violation(function, attachment, at,
                    "function " + function.logicalId() + " runs in a single subnet (" + describe(only)
                            + "); an outage of its Availability Zone stops the function. List subnets in at least"
                            + " two Availability Zones.",
                    List.of(Evidence.at(only.reference().position(), describe(only) + " is the only subnet"))));
            return;
        }
        Optional<Value> zone = resolved.get(0).availabilityZone();
        if (zone.isEmpty()) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (ResolvedSubnet subnet : resolved) {
            Optional<Value> az = subnet.availabilityZone();
            if (az.isEmpty() || !az.get().isSameAs(zone.get())) {
                return;
            }
            String fact = describe(subnet) + " is in " + zoneName(az.get());
            evidence.add(subnet.describedAt(fact).orElse(Evidence.at(az.get().position(), fact)));
        }
        report.accept(Attachments.violation(function, attachment, at,
                "function " + function.logicalId() + " runs in " + resolved.size()
                        + " subnets that are all in one Availability Zone (" + zoneName(zone.get())
                        + "); an outage of that zone stops the function. Add a subnet in another zone.",
                evidence));
    }

    private static String describe(ResolvedSubnet subnet) {
        if (subnet.reference() instanceof Value.ParameterRef parameter) {
            return "the subnet from parameter " + parameter.name();
        }
        return subnet.name();
    }

    private static String zoneName(Value zone) {
        if (zone instanceof Value.Unknown unknown && unknown.identity().isPresent()) {
            return unknown.identity().get();
        }
        return zone.literalText().orElse("one zone");
    }
}
