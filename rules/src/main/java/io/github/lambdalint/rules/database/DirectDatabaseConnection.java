package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.database.RdsDatabase;
import io.github.lambdalint.model.database.RdsProxy;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.rules.vpc.Attachments;

/**
 * LL202: a VPC function that connects straight to an RDS instance or cluster endpoint instead of
 * through an RDS Proxy. Silent when the function's reserved concurrency caps it at
 * {@value #SMALL_CONCURRENCY} executions or fewer, the other accepted way to bound connections.
 */
public final class DirectDatabaseConnection implements Rule {

    /** Reserved concurrency at or below this bounds the connections enough. */
    static final long SMALL_CONCURRENCY = 10;

    static final RuleInfo INFO = new RuleInfo("LL202", "DirectDatabaseConnection", Level.WARNING,
            "VPC function connects straight to an RDS instance or cluster endpoint instead of through an RDS Proxy.",
            "Every concurrent execution of a Lambda function opens its own database connections. When traffic "
                    + "scales the function out, hundreds of new connections arrive at once and can exhaust the "
                    + "database's connection limit or its memory. An RDS Proxy pools and shares connections; a small "
                    + "reserved concurrency caps how many the function can open.",
            List.of("reliability", "scalability", "database", "lambda"), "medium");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        Uses functionUses = Uses.in(model);
        for (LambdaFunction function : model.functions()) {
            Optional<VpcAttachment.Attached> attachment = function.vpcAttachment().attached();
            if (attachment.isEmpty() || concurrencyIsBounded(function) || onlyCustomResourceHandler(model, function)) {
                continue;
            }
            List<Uses.Use> uses = functionUses.of(function);
            boolean usesProxy = uses.stream().anyMatch(u -> u.target().kind().isProxy());
            for (Uses.Use use : uses) {
                if (!use.target().kind().isDatabase() || use.conditional()) {
                    continue;
                }
                if (!use.inEnvironment() && usesProxy) {
                    continue; // only rds-db:connect, and the function does use a proxy
                }
                check(model, function, attachment.get(), use, report);
            }
        }
    }

    /**
     * A function the template invokes only as a custom resource handler (a schema migration, a
     * seed) runs once per stack operation, never under scale-out.
     */
    private static boolean onlyCustomResourceHandler(TemplateModel model, LambdaFunction function) {
        return !model.customResourcesOf(function.logicalId()).isEmpty()
                && model.triggersOf(function.logicalId()).isEmpty();
    }

    /** Reserved concurrency that is small, or that lambda-lint cannot read (a parameter): silence. */
    private static boolean concurrencyIsBounded(LambdaFunction function) {
        return function.reservedConcurrency()
                .map(v -> v.asLong().map(n -> n <= SMALL_CONCURRENCY).orElse(true))
                .orElse(false);
    }

    private static void check(TemplateModel model, LambdaFunction function, VpcAttachment.Attached attachment,
                              Uses.Use use, Consumer<Violation> report) {
        // a database outside the template: its name proves the direct connection; which proxies front it is not known
        Optional<RdsDatabase> database = model.databases().database(use.target().logicalId())
                .filter(d -> use.target().outside().isEmpty());
        if (database.isEmpty() && use.target().outside().isEmpty()) {
            return;
        }
        TreeMap<String, RdsProxy> fronting = new TreeMap<>();
        database.ifPresent(db -> {
            model.databases().proxiesFronting(db.logicalId()).forEach(p -> fronting.put(p.logicalId(), p));
            model.databases().clusterOf(db).ifPresent(cluster ->
                    model.databases().proxiesFronting(cluster.logicalId()).forEach(p -> fronting.put(p.logicalId(), p)));
        });
        List<Evidence> evidence = new ArrayList<>(use.evidence());
        String target = use.target().describe(model);
        String fix;
        if (fronting.isEmpty()) {
            fix = "Connect through an RDS Proxy, or cap the function's ReservedConcurrentExecutions at "
                    + SMALL_CONCURRENCY + " or less.";
        } else {
            RdsProxy proxy = fronting.firstEntry().getValue();
            fix = "Use RDS Proxy " + proxy.logicalId() + ", which fronts it: connect to !GetAtt " + proxy.logicalId()
                    + ".Endpoint.";
            fronting.values().forEach(p -> evidence.add(Evidence.at(p.position(), "RDS Proxy " + p.logicalId()
                    + " fronts " + database.orElseThrow().logicalId())));
        }
        report.accept(Attachments.violation(function, attachment, use.at(), "function " + function.logicalId()
                + " connects straight to " + target + " (" + use.shownBy() + "); every concurrent execution opens"
                + " its own connections, so a burst of scale-out can exhaust the database's connections. " + fix,
                evidence));
    }
}
