package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.model.trigger.Polling;
import io.github.lambdalint.model.trigger.SourceAccess;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.text.English;

/**
 * LL106: an Amazon MSK, self-managed Kafka, Amazon MQ or DocumentDB event source mapping in on-demand
 * mode whose source sits in subnets that give Lambda's event poller no way back to AWS. The poller
 * places its network interfaces in the source's subnets and security groups, not the function's, and
 * from there invokes the function and assumes the role: it needs a NAT route or VPC endpoints for Lambda
 * and STS, and for Secrets Manager when the mapping authenticates with a secret. Without them the mapping
 * never delivers a message. Provisioned mode ({@code ProvisionedPollerConfig}) needs neither.
 */
public final class EventSourcePollerWithoutEgress implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL106", "EventSourcePollerWithoutEgress", Level.ERROR,
            "Kafka, Amazon MQ or DocumentDB event source whose subnets give Lambda's event poller neither a NAT route"
                    + " nor VPC endpoints for Lambda and STS.",
            "For Amazon MSK, self-managed Apache Kafka, Amazon MQ and Amazon DocumentDB sources in a VPC, Lambda's"
                    + " event poller uses the source's subnets and security groups. In the default on-demand mode it"
                    + " invokes the function and assumes the execution role from there, so those subnets need a route"
                    + " to a NAT gateway or VPC endpoints for Lambda and STS (and Secrets Manager when the mapping"
                    + " authenticates with a secret); without either, the mapping never receives a message.",
            List.of("correctness", "vpc", "networking", "lambda", "event-source-mapping"), "high");

    /** What the poller calls from the source's subnets in on-demand mode, as VPC endpoint service names. */
    private static final List<String> POLLER_CALLS = List.of("lambda", "sts");
    private static final String SECRETS = "secretsmanager";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        for (Trigger trigger : model.triggers()) {
            if (!trigger.source().pollsFromSourceSubnets() || trigger.polling().isEmpty()) {
                continue;
            }
            SourceAccess access = trigger.polling().map(Polling::access).orElse(SourceAccess.NONE);
            if (access.provisionedPollerConfig().isPresent() || access.subnets().isEmpty()) {
                continue; // provisioned mode connects to the function itself; a public or unknown source: nothing to check
            }
            check(model, trigger, access, access.subnets().get(), report);
        }
    }

    private static void check(TemplateModel model, Trigger trigger, SourceAccess access,
                              SourceAccess.SourceSubnets source, Consumer<Violation> report) {
        List<String> needed = new ArrayList<>(POLLER_CALLS);
        if (!access.secrets().isEmpty()) {
            needed.add(SECRETS);
        }
        Value ids = source.subnetIds();
        FunctionSubnets subnets = FunctionSubnets.of(model, new VpcAttachment.Ids(Optional.of(ids), ids.asList()));
        String subject = trigger.description() + " of function " + trigger.functionLogicalId() + " polls "
                + source.owner();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(trigger.position(), trigger.description() + " feeds function "
                + trigger.functionLogicalId() + " from " + trigger.source().serviceName()));
        evidence.add(Evidence.at(ids.position(), "Lambda's event poller places its network interfaces in the"
                + " subnets of " + source.owner()));
        access.secrets().forEach(secret -> evidence.add(Evidence.at(secret.position(),
                "the mapping authenticates with a Secrets Manager secret, which the poller reads")));
        if (subnets.listUnknown().isPresent()) {
            report.accept(Violation.uncertain(trigger.position(), trigger.functionLogicalId(), subject
                    + ", but whether those subnets let the poller reach " + English.list(needed)
                    + " is not known: " + subnets.listUnknown().get() + ".", evidence));
            return;
        }
        PathDoubts doubts = new PathDoubts();
        Map<FunctionSubnets.Placed, List<String>> lacking = doubts.lacking(model, subnets,
                endpoints -> needed.stream()
                        .filter(service -> doubts.endpoint(endpoints, List.of(service), false).isEmpty())
                        .toList());
        // IPv6 egress only: AWS documents a NAT gateway or endpoints for the poller, not whether it uses IPv6
        lacking.entrySet().removeIf(entry -> {
            if (entry.getKey().egress().kind() != SubnetEgress.Kind.IPV6_ONLY) {
                return false;
            }
            doubts.add(entry.getKey().name() + " reaches out only over IPv6 (" + entry.getKey().egress().summary()
                    + "), and AWS documents a NAT gateway or VPC endpoints for the poller, not IPv6",
                    entry.getKey().evidence());
            return true;
        });
        if (!lacking.isEmpty()) {
            report.accept(noPath(trigger, subject, lacking, evidence));
        } else if (!doubts.isEmpty()) {
            evidence.addAll(doubts.evidence());
            report.accept(Violation.uncertain(trigger.position(), trigger.functionLogicalId(), subject
                    + ", but whether those subnets let the poller reach " + English.list(needed) + " is not known: "
                    + String.join("; ", doubts.all(model)) + ".", evidence));
        }
    }

    private static Violation noPath(Trigger trigger, String subject, Map<FunctionSubnets.Placed, List<String>> lacking,
                                    List<Evidence> evidence) {
        Set<String> missing = new LinkedHashSet<>();
        lacking.values().forEach(missing::addAll);
        List<FunctionSubnets.Placed> subnets = List.copyOf(lacking.keySet());
        boolean allPublic = subnets.stream().allMatch(p -> p.egress().kind() == SubnetEgress.Kind.INTERNET_GATEWAY);
        String endpoints = English.list(List.copyOf(missing));
        StringBuilder message = new StringBuilder(subject).append(": in on-demand mode Lambda's event poller invokes"
                + " the function and assumes its role from those subnets, but ").append(FunctionSubnets.names(subnets))
                .append(subnets.size() == 1 ? " has" : " have").append(" neither a route to a working NAT nor VPC")
                .append(missing.size() == 1 ? " endpoint for " : " endpoints for ").append(endpoints);
        if (allPublic) {
            message.append(" (").append(subnets.size() == 1 ? "it is a public subnet" : "they are public subnets")
                    .append(", and an internet gateway is no use to the poller, whose network interfaces get no"
                            + " public IP)");
        }
        message.append(", so the mapping never delivers a message to the function. ")
                .append(allPublic ? "Add" : "Route 0.0.0.0/0 to a NAT gateway, add")
                .append(missing.size() == 1 ? " an interface endpoint" : " interface endpoints")
                .append(" with private DNS for ").append(endpoints)
                .append(" in the source's VPC, or poll in provisioned mode (ProvisionedPollerConfig).");
        List<Evidence> chain = new ArrayList<>(evidence);
        subnets.forEach(p -> p.evidence().stream().filter(e -> !chain.contains(e)).forEach(chain::add));
        return Violation.of(trigger.position(), trigger.functionLogicalId(), message.toString(), chain);
    }
}
