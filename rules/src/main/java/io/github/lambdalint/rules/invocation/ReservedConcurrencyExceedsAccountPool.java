package io.github.lambdalint.rules.invocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * LL303: the template's reserved concurrency leaves fewer than 100 unreserved executions of the
 * account's quota. Lambda refuses a reservation that would leave less than 100 unreserved, so
 * the deployment fails; and every function without a reservation shares what is left.
 */
public final class ReservedConcurrencyExceedsAccountPool implements Rule {

    /** Lambda keeps this many concurrent executions unreserved for functions without a reservation. */
    static final int UNRESERVED_MINIMUM = 100;

    static final RuleInfo INFO = new RuleInfo("LL303", "ReservedConcurrencyExceedsAccountPool", Level.WARNING,
            "Reserved concurrency in the template leaves fewer than 100 unreserved executions of the account quota.",
            "Reserved concurrency is taken out of the account's concurrency quota in the region (1,000 by default; "
                    + "set accountConcurrency in .lambda-lint.yml, or give an AWS snapshot). Lambda always keeps 100 executions unreserved "
                    + "for the functions that have no reservation, and rejects a reservation that would leave "
                    + "fewer, so a template whose reservations add up to more than the quota minus 100 fails to "
                    + "deploy, and one close to it starves every other function in the account.",
            List.of("reliability", "concurrency", "lambda"), "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private record Reservation(LambdaFunction function, long executions, Value value) {
    }

    /**
     * The quota the user's AWS snapshot gives for the template's region. {@code ConcurrentExecutions} is
     * the quota; {@code UnreservedConcurrentExecutions} is not used, since what is reserved already may be
     * this template's own functions, deployed before.
     */
    private static Optional<AwsSnapshot.AccountLimit> snapshotLimit(TemplateModel model) {
        return model.network().context().snapshot() instanceof SnapshotUse.Applies applies
                ? applies.snapshot().accountLimit() : Optional.empty();
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        List<Reservation> reservations = new ArrayList<>();
        for (LambdaFunction function : model.functions()) {
            // A function deployed only under an undecided condition may not take its share.
            if (function.condition().isPresent() || function.reservedConcurrency().isEmpty()) {
                continue;
            }
            Value value = function.reservedConcurrency().get();
            value.asLong().filter(n -> n > 0)
                    .ifPresent(n -> reservations.add(new Reservation(function, n, value)));
        }
        long reserved = reservations.stream().mapToLong(Reservation::executions).sum();
        Optional<AwsSnapshot.AccountLimit> fromSnapshot = model.deployment().accountConcurrency().isPresent()
                ? Optional.empty() : snapshotLimit(model);
        long quota = fromSnapshot.map(AwsSnapshot.AccountLimit::concurrentExecutions)
                .orElse((long) model.deployment().accountConcurrencyOrDefault());
        long reservable = quota - UNRESERVED_MINIMUM;
        if (reservations.isEmpty() || reserved <= reservable) {
            return;
        }
        reservations.sort(Comparator.comparingLong(Reservation::executions).reversed()
                .thenComparing(r -> r.function().logicalId()));
        Reservation largest = reservations.get(0);
        String most = reservations.stream().limit(3)
                .map(r -> r.function().logicalId() + " " + r.executions())
                .collect(Collectors.joining(", "));
        List<Evidence> evidence = new ArrayList<>(reservations.stream()
                .map(r -> Evidence.at(r.value().position(), r.function().logicalId() + " reserves " + r.executions()))
                .toList());
        fromSnapshot.ifPresent(limit -> evidence.add(new Evidence("the account's concurrency quota is "
                + limit.concurrentExecutions() + " (AccountLimit.ConcurrentExecutions)", limit.place().position(),
                Optional.of(limit.place().file()))));
        String quotaSource = model.deployment().accountConcurrency().isPresent()
                ? "the account quota of " + quota + " (accountConcurrency)"
                : fromSnapshot.isPresent() ? "the account quota of " + quota + " (from the AWS snapshot)"
                : "the default account quota of " + quota;
        String hint = model.deployment().accountConcurrency().isPresent() || fromSnapshot.isPresent() ? ""
                : " If your account's quota is higher, set accountConcurrency in .lambda-lint.yml or give an AWS"
                + " snapshot with lambda get-account-settings.";
        report.accept(Violation.of(largest.function().positionOf("ReservedConcurrentExecutions"),
                largest.function().logicalId(),
                "the functions of this template reserve " + reserved + " concurrent executions, but Lambda keeps "
                        + UNRESERVED_MINIMUM + " of " + quotaSource + " unreserved, so at most "
                        + Math.max(reservable, 0L) + " can be reserved: the deployment fails, or leaves every other "
                        + "function of the account to share what is left. Largest: " + most + "." + hint,
                evidence));
    }
}
