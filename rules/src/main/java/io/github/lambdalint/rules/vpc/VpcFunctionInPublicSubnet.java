package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL102: a VPC function whose known subnets are all public (their default route goes to an
 * internet gateway, not to a NAT). Lambda never gives a function's network interfaces a public
 * IP, so a public subnet gives the function no internet access at all.
 */
public final class VpcFunctionInPublicSubnet implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL102", "VpcFunctionInPublicSubnet", Level.WARNING,
            "VPC function placed in public subnets: Lambda network interfaces get no public IP, so the function"
                    + " still has no internet access.",
            "A subnet whose default route goes to an internet gateway gives internet access only to network"
                    + " interfaces with a public IP address. Lambda never assigns one to a function's interfaces,"
                    + " so a function in public subnets cannot reach the internet or public AWS endpoints; it needs"
                    + " private subnets that route 0.0.0.0/0 to a NAT gateway, or VPC endpoints.",
            List.of("correctness", "vpc", "networking", "lambda"), "very-high");

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
        List<FunctionSubnets.Placed> known = FunctionSubnets.of(model, attachment).subnets().stream()
                .filter(p -> p.egress().kind() != SubnetEgress.Kind.UNKNOWN).toList();
        if (known.isEmpty()
                || !known.stream().allMatch(p -> p.egress().kind() == SubnetEgress.Kind.INTERNET_GATEWAY)) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        known.forEach(p -> evidence.addAll(p.evidence()));
        String names = FunctionSubnets.names(known);
        boolean one = known.size() == 1;
        report.accept(Attachments.violation(function, attachment, attachment.vpcConfig().positionOf("SubnetIds"),
                "function " + function.logicalId() + " is placed in public " + (one ? "" : "subnets ")
                        + (one ? names : names.replaceFirst("^subnets ", "")) + ", whose default route goes to an"
                        + " internet gateway, but Lambda network interfaces never get a public IP, so the function"
                        + " has no internet access there; use private subnets that route 0.0.0.0/0 to a NAT gateway"
                        + " in a public subnet, or VPC endpoints for the AWS services it calls.",
                evidence));
    }
}
