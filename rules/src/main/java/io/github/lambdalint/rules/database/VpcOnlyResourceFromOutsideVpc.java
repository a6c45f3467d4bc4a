package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.rules.vpc.Attachments;

/**
 * LL204: a function without VpcConfig that uses a resource answering only inside a VPC: a
 * private RDS instance, an Aurora cluster, ElastiCache, MemoryDB, an internal load balancer, an
 * OpenSearch domain with VPCOptions. RDS proxies are LL201's.
 */
public final class VpcOnlyResourceFromOutsideVpc implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL204", "VpcOnlyResourceFromOutsideVpc", Level.ERROR,
            "Function without VpcConfig uses a resource that answers only inside a VPC (private RDS or Aurora, "
                    + "ElastiCache, MemoryDB, an internal load balancer, OpenSearch in a VPC).",
            "A function without a VpcConfig runs outside every VPC and reaches only public addresses. A private "
                    + "RDS instance, an Aurora cluster without public instances, ElastiCache and MemoryDB, an "
                    + "internal load balancer and an OpenSearch domain placed in a VPC have only private addresses, "
                    + "so every connection from the function times out.",
            List.of("correctness", "vpc", "database", "lambda"), "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        Uses uses = Uses.in(model);
        for (LambdaFunction function : model.functions()) {
            VpcAttachment attachment = function.vpcAttachment();
            Optional<VpcAttachment.Attached> onlyWhen = attachment.attached()
                    .filter(VpcAttachment.Attached::conditional);
            if (!(attachment instanceof VpcAttachment.NotAttached) && onlyWhen.isEmpty()) {
                continue; // attached, or attached in a way the template leaves open
            }
            for (Uses.Use use : uses.of(function)) {
                if (use.target().kind().isProxy() || use.conditional() && onlyWhen.isPresent()) {
                    continue;
                }
                Exposure.Answer answer = Exposure.of(model, use.target());
                if (answer.access() != Exposure.Access.PRIVATE) {
                    continue;
                }
                String target = use.target().describe(model);
                List<Evidence> evidence = new ArrayList<>(use.evidence());
                evidence.addAll(answer.evidence());
                if (onlyWhen.isPresent()) {
                    report.accept(Attachments.usesAlwaysButAttachedOnlyWhen(function, onlyWhen.get(), "always uses "
                            + target + ", which answers only inside its VPC; without the VpcConfig it cannot connect.",
                            evidence));
                } else if (use.conditional()) {
                    report.accept(Violation.uncertain(use.at(), function.logicalId(), "function "
                            + function.logicalId() + " has no VpcConfig but uses " + target + " when condition "
                            + use.condition().orElseThrow() + " holds (" + use.shownBy() + "), and that resource"
                            + " answers only inside its VPC (" + answer.summary() + "). " + Attachments.DECIDE,
                            evidence));
                } else {
                    report.accept(Violation.of(use.at(), function.logicalId(), "function " + function.logicalId()
                            + " has no VpcConfig but uses " + target + " (" + use.shownBy() + "), which answers only"
                            + " inside its VPC (" + answer.summary() + "). Give " + function.logicalId()
                            + " a VpcConfig with subnets in that VPC.", evidence));
                }
            }
        }
    }
}
