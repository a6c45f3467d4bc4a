package io.github.lambdalint.rules.invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.trigger.Polling;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL304: a Kinesis or DynamoDB Streams event source mapping that retries forever
 * ({@code MaximumRetryAttempts} and {@code MaximumRecordAgeInSeconds} both -1, Lambda's defaults).
 * A record that keeps failing then blocks its shard until it expires from the stream, whether or
 * not failing batches are bisected or sent to an on-failure destination: the message says which
 * of those the mapping has. Writing a default out ({@code -1}) is not a limit; a value the
 * template does not show is taken as one.
 */
public final class StreamWithoutFailureHandling implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL304", "StreamWithoutFailureHandling", Level.WARNING,
            "Kinesis or DynamoDB Streams event source with no failure handling.",
            "By default Lambda retries a failing batch from a Kinesis or DynamoDB stream until its records expire, "
                    + "and processes nothing else from that shard meanwhile: one bad record stalls the shard for up to "
                    + "the stream's retention (24 hours by default). Limit MaximumRetryAttempts or "
                    + "MaximumRecordAgeInSeconds, bisect failing batches, and keep discarded batches in an "
                    + "on-failure destination.",
            List.of("reliability", "streams", "lambda"), "very-high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        for (Trigger trigger : model.triggers()) {
            if (trigger.source().isStream() && trigger.polling().isPresent()) {
                check(trigger, trigger.polling().get(), report);
            }
        }
    }

    private static void check(Trigger trigger, Polling polling, Consumer<Violation> report) {
        if (handles(polling.maximumRetryAttempts(), -1) || handles(polling.maximumRecordAgeInSeconds(), -1)) {
            return;
        }
        boolean bisects = bisects(polling.bisectBatchOnFunctionError());
        boolean onFailure = polling.onFailureDestination().isPresent();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(trigger.position(), trigger.description() + " feeds function "
                + trigger.functionLogicalId() + " from " + trigger.source().serviceName()));
        polling.maximumRetryAttempts().ifPresent(v -> evidence.add(Evidence.at(v.position(),
                "MaximumRetryAttempts -1 retries until the record expires")));
        polling.maximumRecordAgeInSeconds().ifPresent(v -> evidence.add(Evidence.at(v.position(),
                "MaximumRecordAgeInSeconds -1 never discards a record")));
        polling.bisectBatchOnFunctionError().ifPresent(v -> evidence.add(Evidence.at(v.position(),
                bisects ? "BisectBatchOnFunctionError splits a failing batch, which does not count as a retry"
                        : "BisectBatchOnFunctionError is false")));
        polling.onFailureDestination().ifPresent(v -> evidence.add(Evidence.at(v.position(),
                "the OnFailure destination receives a batch only once Lambda stops retrying it")));

        String retries = "Lambda retries a failing batch until its records expire (MaximumRetryAttempts and "
                + "MaximumRecordAgeInSeconds default to -1, infinite), and the shard makes no progress meanwhile, "
                + "for up to the stream's retention (24 hours by default).";
        String subject = trigger.description() + " of function " + trigger.functionLogicalId() + " ("
                + trigger.source().serviceName() + ")";
        String message;
        if (bisects || onFailure) {
            String has = bisects && onFailure ? "bisects failing batches and has an OnFailure destination"
                    : bisects ? "bisects failing batches" : "has an OnFailure destination";
            message = subject + " " + has + ", but no limit on retries: " + retries
                    + (onFailure ? " Only then does the batch reach the destination." : "")
                    + " Set MaximumRetryAttempts or MaximumRecordAgeInSeconds so that a bad record is given up"
                    + (onFailure ? " to the destination" : "") + " and the shard moves on.";
        } else {
            message = subject + " has no failure handling: " + retries + " Set MaximumRetryAttempts or "
                    + "MaximumRecordAgeInSeconds, BisectBatchOnFunctionError, and an OnFailure destination.";
        }
        report.accept(Violation.of(trigger.position(), trigger.functionLogicalId(), message, evidence));
    }

    /** A setting that bounds retries: written, and not the infinite default (unknown counts). */
    private static boolean handles(Optional<Value> setting, long infinite) {
        if (setting.isEmpty()) {
            return false;
        }
        Optional<Long> value = setting.get().asLong();
        return value.isEmpty() || value.get() != infinite;
    }

    private static boolean bisects(Optional<Value> setting) {
        if (setting.isEmpty()) {
            return false;
        }
        Optional<Boolean> value = setting.get().asBoolean();
        return value.isEmpty() || value.get();
    }
}
