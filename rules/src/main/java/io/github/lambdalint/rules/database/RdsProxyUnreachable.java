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
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.database.RdsProxy;
import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.rules.vpc.Attachments;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * LL201: a function that uses an RDS Proxy (its endpoint or ARN in the environment, or
 * {@code rds-db:connect} on it in the role, or a proxy outside the template by its endpoint
 * address) but cannot reach it: it has no VpcConfig (a proxy is
 * never publicly accessible), or its subnets are provably in another VPC than the proxy's (or
 * the proxy endpoint's) subnets.
 */
public final class RdsProxyUnreachable implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL201", "RdsProxyUnreachable", Level.ERROR,
            "Function uses an RDS Proxy but has no VpcConfig, or runs in another VPC than the proxy.",
            "An RDS Proxy is never publicly accessible: only clients in the proxy's VPC (or in the VPC of one of "
                    + "its proxy endpoints) can connect to it. A function without a VpcConfig runs outside every "
                    + "VPC, and a function in another VPC has no route to the proxy's addresses, so every connection "
                    + "attempt times out.",
            List.of("correctness", "rds-proxy", "vpc", "lambda"), "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        Uses uses = Uses.in(model);
        for (LambdaFunction function : model.functions()) {
            for (Uses.Use use : uses.of(function)) {
                if (use.target().kind().isProxy()) {
                    check(model, function, use, report);
                }
            }
        }
    }

    private static void check(TemplateModel model, LambdaFunction function, Uses.Use use,
                              Consumer<Violation> report) {
        Optional<NamedEndpoint> outside = use.target().outside();
        Optional<RdsProxy> proxy = model.databases().proxy(use.target().logicalId()).filter(p -> outside.isEmpty());
        if (proxy.isEmpty() && outside.isEmpty()) {
            return;
        }
        String target = proxy.map(RdsProxyUnreachable::describe).orElseGet(() -> use.target().describe(model));
        VpcAttachment attachment = function.vpcAttachment();
        if (attachment instanceof VpcAttachment.NotAttached) {
            List<Evidence> evidence = new ArrayList<>(use.evidence());
            String fact = "accepts connections only from inside its VPC";
            proxy.ifPresent(p -> evidence.add(Evidence.at(p.position(), target + " " + fact)));
            outside.flatMap(o -> o.describedAt(fact)).ifPresent(evidence::add);
            if (use.conditional()) {
                report.accept(Violation.uncertain(use.at(), function.logicalId(), "function "
                        + function.logicalId() + " has no VpcConfig but uses " + target + " when condition "
                        + use.condition().orElseThrow() + " holds (" + use.shownBy() + "); an RDS Proxy is never"
                        + " publicly accessible. " + Attachments.DECIDE, evidence));
                return;
            }
            report.accept(Violation.of(use.at(), function.logicalId(), "function " + function.logicalId()
                    + " has no VpcConfig but uses " + target + " (" + use.shownBy() + "); an RDS Proxy is never"
                    + " publicly accessible, so the function cannot connect. Give " + function.logicalId()
                    + " a VpcConfig with subnets in the proxy's VPC.", evidence));
            return;
        }
        Optional<VpcAttachment.Attached> attached = attachment.attached();
        if (attached.isEmpty()) {
            return; // whether the function is attached at all is left open by conditions
        }
        if (attached.get().conditional() && !use.conditional()) {
            report.accept(Attachments.usesAlwaysButAttachedOnlyWhen(function, attached.get(), "always uses " + target
                    + "; without the VpcConfig it cannot reach the proxy.", use.evidence()));
            return;
        }
        if (proxy.isPresent()) {
            differentVpc(model, function, attached.get(), use, proxy.get(), target, report);
        } else {
            differentSnapshotVpc(model, function, attached.get(), use, outside.get(), target, report);
        }
    }

    /**
     * A proxy of the AWS snapshot whose {@code VpcId} is not the VPC of the function's subnets. A
     * proxy known only by its name leaves its VPC unknown: silence, or, when the user gave a
     * snapshot that lacks it while the function's VPC is known, a note naming what to add.
     */
    private static void differentSnapshotVpc(TemplateModel model, LambdaFunction function,
                                             VpcAttachment.Attached attachment, Uses.Use use, NamedEndpoint proxy,
                                             String target, Consumer<Violation> report) {
        Optional<String> proxyVpc = proxy.described().flatMap(store -> store instanceof AwsSnapshot.DbProxy p
                ? p.vpcId() : store instanceof AwsSnapshot.DbProxyEndpoint e ? e.vpcId() : Optional.empty());
        VpcConfig vpc = attachment.vpcConfig();
        Optional<String> functionVpc = Vpcs.vpcOf(model, attachment.subnets().value())
                .filter(Value.Text.class::isInstance).flatMap(Value::asText);
        if (proxyVpc.isEmpty() && functionVpc.isPresent() && proxy.described().isEmpty()
                && model.network().context().snapshot() instanceof SnapshotUse.Applies applies) {
            report.accept(Violation.uncertain(use.at(), function.logicalId(), "function " + function.logicalId()
                    + " runs in VPC " + functionVpc.get() + " and uses " + target + ", which the AWS snapshot "
                    + applies.snapshot().directory() + " does not describe, so whether the proxy is in that VPC is not"
                    + " known: refresh the snapshot with aws rds describe-db-proxies and describe-db-proxy-endpoints.",
                    use.evidence()));
            return;
        }
        if (proxyVpc.isEmpty() || functionVpc.isEmpty() || functionVpc.equals(proxyVpc)) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>(use.evidence());
        evidence.add(Evidence.at(vpc.positionOf("SubnetIds"), "the subnets of " + function.logicalId() + " are in VPC "
                + functionVpc.get()));
        proxy.describedAt("is in VPC " + proxyVpc.get()).ifPresent(evidence::add);
        report.accept(Attachments.violation(function, attachment, vpc.positionOf("SubnetIds"), "function "
                + function.logicalId() + " runs in VPC " + functionVpc.get() + " but uses " + target
                + ", which is in VPC " + proxyVpc.get() + "; a proxy accepts connections only from its own VPC."
                + " Place the function in the proxy's VPC, or give the proxy a DBProxyEndpoint in VPC "
                + functionVpc.get() + ".", evidence));
    }

    private static void differentVpc(TemplateModel model, LambdaFunction function, VpcAttachment.Attached attachment,
                                     Uses.Use use, RdsProxy proxy, String target, Consumer<Violation> report) {
        VpcConfig vpc = attachment.vpcConfig();
        Optional<Value> functionVpc = Vpcs.vpcOf(model, attachment.subnets().value());
        Optional<Value> proxySubnets = proxy.vpcSubnetIds()
                .or(() -> model.databases().proxy(proxy.proxy()).flatMap(RdsProxy::vpcSubnetIds));
        Optional<Value> proxyVpc = Vpcs.vpcOf(model, proxySubnets);
        if (functionVpc.isEmpty() || proxyVpc.isEmpty()
                || !Vpcs.provablyDifferent(functionVpc.get(), proxyVpc.get())) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>(use.evidence());
        evidence.add(Evidence.at(vpc.positionOf("SubnetIds"), "the subnets of " + function.logicalId() + " are in "
                + Vpcs.name(functionVpc.get())));
        evidence.add(Evidence.at(proxySubnets.get().position(), "the subnets of " + target + " are in "
                + Vpcs.name(proxyVpc.get())));
        report.accept(Attachments.violation(function, attachment, vpc.positionOf("SubnetIds"), "function "
                + function.logicalId() + " runs in " + Vpcs.name(functionVpc.get()) + " but uses " + target
                + ", which is in " + Vpcs.name(proxyVpc.get()) + "; a proxy accepts connections only from its own VPC."
                + " Place the function in the proxy's VPC, or give the proxy a DBProxyEndpoint in "
                + Vpcs.name(functionVpc.get()) + ".", evidence));
    }

    private static String describe(RdsProxy proxy) {
        return proxy.isEndpoint() ? "RDS Proxy endpoint " + proxy.logicalId() + " (of proxy " + proxy.proxy() + ")"
                : "RDS Proxy " + proxy.logicalId();
    }
}
