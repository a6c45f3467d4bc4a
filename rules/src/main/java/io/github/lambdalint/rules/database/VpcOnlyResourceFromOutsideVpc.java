package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.Evidence;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL204: a function without VpcConfig that uses a resource answering only inside a VPC: a
 * private RDS instance, an Aurora cluster, ElastiCache, MemoryDB, an internal load balancer, an
 * OpenSearch domain with VPCOptions. RDS proxies are LL201's.
 */
public final class VpcOnlyResourceFromOutsideVpc implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL204", "VpcOnlyResourceFromOutsideVpc", Level.ERROR,
            "Function without VpcConfig uses a resource that answers only inside a VPC.",
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
            Vpcs.Placement placement = Vpcs.placement(function);
            if (placement == Vpcs.Placement.PRESENT) {
                continue;
            }
            for (Uses.Use use : uses.of(function)) {
                if (use.target().kind().isProxy()
                        || use.conditional() && placement == Vpcs.Placement.CONDITIONAL) {
                    continue;
                }
                Exposure.Answer answer = Exposure.of(model, use.target());
                if (answer.access() != Exposure.Access.PRIVATE) {
                    continue;
                }
                String target = use.target().describe(model);
                List<Evidence> evidence = new ArrayList<>(use.evidence());
                evidence.addAll(answer.evidence());
                if (placement == Vpcs.Placement.NONE && use.conditional()) {
                    report.accept(Violation.uncertain(use.at(), function.logicalId(), "function "
                            + function.logicalId() + " has no VpcConfig but uses " + target + " when condition "
                            + use.condition().orElseThrow() + " holds (" + use.shownBy() + "), and that resource"
                            + " answers only inside its VPC (" + answer.summary() + "). Give the parameters behind"
                            + " the condition a value (--parameter) to check the deployed case.", evidence));
                } else if (placement == Vpcs.Placement.NONE) {
                    report.accept(Violation.of(use.at(), function.logicalId(), "function " + function.logicalId()
                            + " has no VpcConfig but uses " + target + " (" + use.shownBy() + "), which answers only"
                            + " inside its VPC (" + answer.summary() + "). Give " + function.logicalId()
                            + " a VpcConfig with subnets in that VPC.", evidence));
                } else {
                    VpcConfig vpc = function.vpcConfig().orElseThrow();
                    evidence.add(Evidence.at(vpc.position(), "the VpcConfig of " + function.logicalId()
                            + " applies only when condition " + vpc.condition().orElseThrow() + " holds"));
                    report.accept(Violation.uncertain(vpc.position(), function.logicalId(), "function "
                            + function.logicalId() + " has a VpcConfig only under condition "
                            + vpc.condition().orElseThrow() + " but always uses " + target + ", which answers only"
                            + " inside its VPC; without the VpcConfig it cannot connect. Give the parameters behind"
                            + " the condition a value (--parameter) to check the deployed case.", evidence));
                }
            }
        }
    }
}
