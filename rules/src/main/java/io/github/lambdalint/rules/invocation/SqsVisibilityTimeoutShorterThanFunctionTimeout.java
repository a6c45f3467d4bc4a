package io.github.lambdalint.rules.invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.SqsQueue;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.Polling;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * LL302: an SQS event source whose queue (declared in the template, or created by SAM for an SNS
 * {@code SqsSubscription}) has a visibility timeout shorter than the function's timeout. Lambda
 * refuses to create or update such a mapping. A visibility timeout that meets the timeout but not
 * the six times (plus the batching window) AWS recommends is a note with that guidance.
 */
public final class SqsVisibilityTimeoutShorterThanFunctionTimeout implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL302", "SqsVisibilityTimeoutShorterThanFunctionTimeout",
            Level.WARNING,
            "SQS event source whose queue visibility timeout is shorter than the function timeout.",
            "While Lambda processes a batch, its messages are hidden in the queue only for the queue's visibility "
                    + "timeout. When that is shorter than the function's timeout, a message still being processed "
                    + "becomes visible again and is processed twice; Lambda rejects creating or updating such an "
                    + "event source mapping. AWS recommends a visibility timeout of at least six times the function "
                    + "timeout, plus the batching window.",
            List.of("correctness", "sqs", "lambda"), "very-high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        for (Trigger trigger : model.triggers()) {
            if (trigger.source() != EventSource.SQS || trigger.polling().isEmpty()) {
                continue;
            }
            Optional<LambdaFunction> function = model.function(trigger.functionLogicalId());
            Optional<SqsQueue> queue = trigger.polling().get().eventSourceArn().flatMap(arn -> queueOf(model, arn));
            if (function.isPresent() && queue.isPresent()) {
                check(trigger, trigger.polling().get(), function.get(), queue.get(), report);
            }
        }
    }

    private static Optional<SqsQueue> queueOf(TemplateModel model, Value arn) {
        Value reference = arn;
        if (arn instanceof Value.Concat concat && concat.parts().size() == 1) {
            reference = concat.parts().get(0); // !Sub "${Queue.Arn}"
        }
        if (reference instanceof Value.ResourceRef ref) {
            return Optional.ofNullable(model.queues().get(ref.logicalId()));
        }
        return Optional.empty();
    }

    private static void check(Trigger trigger, Polling polling, LambdaFunction function, SqsQueue queue,
                              Consumer<Violation> report) {
        Optional<Long> visibility = queue.visibilityTimeout().isPresent()
                ? queue.visibilityTimeout().get().asLong()
                : Optional.of(SqsQueue.DEFAULT_VISIBILITY_TIMEOUT_SECONDS);
        Optional<Long> timeout = function.timeout().isPresent()
                ? function.timeout().get().asLong()
                : Optional.of(LambdaFunction.DEFAULT_TIMEOUT_SECONDS);
        if (visibility.isEmpty() || timeout.isEmpty()) {
            return;
        }
        Optional<Long> window = polling.maximumBatchingWindowInSeconds().flatMap(Value::asLong).filter(w -> w > 0);
        long recommended = 6 * timeout.get() + window.orElse(0L);
        if (visibility.get() >= recommended) {
            return;
        }

        String queueName = queue.createdBy()
                .map(by -> "the queue " + queue.logicalId() + " that SAM creates for " + by)
                .orElse("queue " + queue.logicalId());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(trigger.position(), trigger.description() + ": Lambda polls queue "
                + queue.logicalId() + " for function " + function.logicalId()));
        evidence.add(Evidence.at(queue.visibilityTimeout().map(Value::position).orElse(queue.position()),
                queue.visibilityTimeout().isPresent()
                        ? "VisibilityTimeout of " + queue.logicalId() + " is " + visibility.get() + " s"
                        : (queue.createdBy().isPresent() ? "SAM creates " + queue.logicalId() + " without"
                                : queue.logicalId() + " sets no") + " VisibilityTimeout: SQS uses " + visibility.get()
                                + " s"));
        evidence.add(Evidence.at(function.timeout().map(Value::position).orElse(function.position()),
                function.timeout().isPresent()
                        ? "Timeout of " + function.logicalId() + " is " + timeout.get() + " s"
                        : function.logicalId() + " sets no Timeout: Lambda uses " + timeout.get() + " s"));
        window.ifPresent(w -> evidence.add(Evidence.at(polling.maximumBatchingWindowInSeconds().get().position(),
                "MaximumBatchingWindowInSeconds is " + w + " s")));

        String recommendation = "AWS recommends six times the timeout"
                + (window.isPresent() ? " plus the batching window" : "") + " (" + recommended + " s)";
        if (visibility.get() >= timeout.get()) {
            report.accept(Violation.advice(trigger.position(), function.logicalId(), queueName
                    + " has a visibility timeout of " + visibility.get() + " s: enough for the " + timeout.get()
                    + " s timeout of function " + function.logicalId() + ", but " + recommendation
                    + ", so that Lambda can retry a batch when the function is throttled before its messages "
                    + "become visible again and are processed twice.", evidence));
            return;
        }
        String message = queueName + " has a visibility timeout of " + visibility.get()
                + " s, shorter than the " + timeout.get() + " s timeout of function " + function.logicalId()
                + (queue.createdBy().isPresent() ? "" : " that " + trigger.description() + " feeds")
                + ": a message still being processed becomes visible again "
                + "and is processed twice, and Lambda rejects creating or updating the event source mapping. Set the "
                + "queue's VisibilityTimeout to at least the function timeout; " + recommendation + ".";
        report.accept(Violation.of(trigger.position(), function.logicalId(), message, evidence));
    }
}
