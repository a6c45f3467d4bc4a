package io.github.lambdalint.rules.invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.Evidence;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.trigger.Polling;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL304: a Kinesis or DynamoDB Streams event source mapping that keeps Lambda's defaults for
 * failures: retry forever ({@code MaximumRetryAttempts} and {@code MaximumRecordAgeInSeconds}
 * both -1), no batch bisection, no on-failure destination. A record that keeps failing then
 * blocks its shard until it expires from the stream. Writing a default out ({@code -1},
 * {@code false}) is not handling; a value the template does not show is taken as handling.
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
        if (handles(polling.maximumRetryAttempts(), -1) || handles(polling.maximumRecordAgeInSeconds(), -1)
                || bisects(polling.bisectBatchOnFunctionError()) || polling.onFailureDestination().isPresent()) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(trigger.position(), trigger.description() + " feeds function "
                + trigger.functionLogicalId() + " from " + trigger.source().serviceName()));
        polling.maximumRetryAttempts().ifPresent(v -> evidence.add(Evidence.at(v.position(),
                "MaximumRetryAttempts -1 retries until the record expires")));
        polling.maximumRecordAgeInSeconds().ifPresent(v -> evidence.add(Evidence.at(v.position(),
                "MaximumRecordAgeInSeconds -1 never discards a record")));
        polling.bisectBatchOnFunctionError().ifPresent(v -> evidence.add(Evidence.at(v.position(),
                "BisectBatchOnFunctionError is false")));

        String message = trigger.description() + " of function " + trigger.functionLogicalId() + " ("
                + trigger.source().serviceName() + ") has no failure handling: Lambda retries a failing batch until "
                + "its records expire (MaximumRetryAttempts and MaximumRecordAgeInSeconds default to -1, infinite), "
                + "and the shard makes no progress meanwhile, for up to the stream's retention (24 hours by "
                + "default). Set MaximumRetryAttempts or MaximumRecordAgeInSeconds, BisectBatchOnFunctionError, and "
                + "an OnFailure destination.";
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
