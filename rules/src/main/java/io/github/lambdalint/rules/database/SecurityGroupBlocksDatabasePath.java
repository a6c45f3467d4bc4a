package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.security.SecurityGroup;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.rules.vpc.Attachments;

/**
 * LL203: a VPC function and a database, RDS Proxy or cache it uses, where the security groups
 * provably block the TCP path: none of the function's groups lets traffic out to the target's
 * port, or none of the target's groups lets it in from the function's groups or subnets. Every
 * group involved must be in the template; otherwise the rule stays silent.
 */
public final class SecurityGroupBlocksDatabasePath implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL203", "SecurityGroupBlocksDatabasePath", Level.ERROR,
            "Security groups block the function's path to a database, RDS Proxy or cache it uses.",
            "Security groups are stateful allow lists on both ends of a connection: the function's groups must "
                    + "allow egress to the target's port, and the target's groups must allow ingress on that port from "
                    + "one of the function's groups or from a CIDR covering the function's subnets. When either side "
                    + "allows nothing that matches, every connection attempt times out.",
            List.of("correctness", "security-group", "vpc", "database", "lambda"), "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        Uses uses = Uses.in(model);
        Map<String, IngressProblem> ingressProblems = new LinkedHashMap<>();
        for (LambdaFunction function : model.functions()) {
            Optional<VpcAttachment.Attached> attachment = function.vpcAttachment().attached();
            if (attachment.isEmpty()) {
                continue;
            }
            Optional<List<SecurityGroup>> groups = Firewall.groups(model, attachment.get().securityGroups().value());
            if (groups.isEmpty()) {
                continue;
            }
            Firewall.Addresses addresses = Firewall.addresses(model, attachment.get().subnets().value());
            for (Uses.Use use : uses.of(function)) {
                Optional<Firewall.Listener> listener = Firewall.listener(model, use.target());
                if (listener.isEmpty() || inOtherVpc(model, attachment.get(), listener.get())) {
                    continue;
                }
                check(model, function, attachment.get(), groups.get(), addresses, use, listener.get(), report,
                        ingressProblems);
            }
        }
        for (IngressProblem problem : ingressProblems.values()) {
            report.accept(problem.violation(model));
        }
    }

    private static boolean inOtherVpc(TemplateModel model, VpcAttachment.Attached attachment,
                                      Firewall.Listener listener) {
        Optional<Value> functionVpc = Vpcs.vpcOf(model, attachment.subnets().value());
        Optional<Value> targetVpc = Vpcs.vpcOf(model, listener.subnets());
        return functionVpc.isPresent() && targetVpc.isPresent()
                && Vpcs.provablyDifferent(functionVpc.get(), targetVpc.get());
    }

    private static void check(TemplateModel model, LambdaFunction function, VpcAttachment.Attached attachment,
                              List<SecurityGroup> functionGroups, Firewall.Addresses functionAddresses,
                              Uses.Use use, Firewall.Listener listener, Consumer<Violation> report,
                              Map<String, IngressProblem> ingressProblems) {
        String target = use.target().describe(model);
        Evidence port = Evidence.at(listener.portPosition(), target + " listens on port " + listener.port()
                + " (" + listener.portSource() + ")");
        Firewall.Verdict egress = Firewall.egress(model.securityGroups(), functionGroups, listener.port(),
                listener.groups(), listener.addresses());
        if (egress.allowed() == TriState.NO) {
            List<Evidence> evidence = new ArrayList<>(use.evidence());
            evidence.add(port);
            evidence.addAll(egress.evidence());
            report.accept(Attachments.violation(function, attachment,
                    attachment.vpcConfig().positionOf("SecurityGroupIds"),
                    "no security group of function " + function.logicalId() + " (" + names(functionGroups)
                            + ") allows outbound TCP " + listener.port() + " to " + target + ", so every connection"
                            + " times out. Add an egress rule to " + names(functionGroups) + " that allows TCP "
                            + listener.port() + " to " + (listener.groups().isEmpty() ? target
                            : names(listener.groups())) + ".", evidence));
        }
        Firewall.Verdict ingress = Firewall.ingress(model.securityGroups(), listener.groups(), listener.port(),
                functionGroups, functionAddresses);
        if (ingress.allowed() == TriState.NO) {
            String key = use.target().logicalId() + "|" + names(functionGroups) + "|"
                    + subnetKey(attachment.subnets().value()) + "|" + attachment.condition().orElse("");
            IngressProblem problem = ingressProblems.computeIfAbsent(key,
                    k -> new IngressProblem(use.target(), listener, functionGroups, port, ingress.evidence(),
                            attachment.when()));
            problem.functions.add(function.logicalId());
            if (attachment.conditional()) {
                problem.evidence.add(Attachments.conditionEvidence(function, attachment));
            }
            problem.evidence.addAll(use.evidence());
        }
    }

    /**
     * One target's ingress gap, shared by every function with the same groups, subnets and
     * condition of attachment ({@code when}, for functions attached only under a condition).
     */
    private static final class IngressProblem {
        final Target target;
        final Firewall.Listener listener;
        final List<SecurityGroup> functionGroups;
        final Optional<String> when;
        final List<String> functions = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();

        IngressProblem(Target target, Firewall.Listener listener, List<SecurityGroup> functionGroups, Evidence port,
                       List<Evidence> rules, Optional<String> when) {
            this.target = target;
            this.when = when;
            this.listener = listener;
            this.functionGroups = functionGroups;
            evidence.add(port);
            evidence.addAll(rules);
        }

        Violation violation(TemplateModel model) {
            String who = (functions.size() == 1 ? "function " : "functions ") + String.join(", ", functions);
            String targetName = target.describe(model);
            String message = "no security group of " + targetName + " (" + names(listener.groups())
                    + ") allows inbound TCP " + listener.port() + " from " + who + " (groups " + names(functionGroups)
                    + ") or its subnets, so every connection times out. Add an ingress rule for port "
                    + listener.port() + " with SourceSecurityGroupId " + functionGroups.get(0).logicalId() + ".";
            if (when.isEmpty()) {
                return Violation.of(listener.groupsValue().position(), target.logicalId(), message, evidence);
            }
            return Violation.uncertain(listener.groupsValue().position(), target.logicalId(), message
                    + Attachments.onlyWhen(functions, when.get()), evidence);
        }
    }

    /** The function's subnets as a key: functions in the same subnets share an ingress finding. */
    private static String subnetKey(Optional<Value> subnets) {
        return subnets.flatMap(Value::asList).map(list -> list.stream().map(v -> v instanceof Value.ResourceRef ref
                ? ref.logicalId() : v.asText().orElse(v.position().toString())).collect(Collectors.joining(",")))
                .orElse("?");
    }

    private static String names(List<SecurityGroup> groups) {
        return groups.stream().map(SecurityGroup::logicalId).collect(Collectors.joining(", "));
    }
}
