package io.github.lambdalint.rules.invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.AsyncInvokeConfig;
import io.github.lambdalint.model.Evidence;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.trigger.InvocationModel;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.rules.wording.English;

/**
 * LL301: a function that some trigger of the template invokes asynchronously, with neither a
 * dead-letter queue nor an on-failure destination for the qualifier that trigger invokes. After
 * Lambda's retries such an event is dropped without a trace. One finding per function, at its
 * logical id (the fix goes on the function); the async triggers are the evidence.
 */
public final class AsyncInvocationWithoutFailureDestination implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL301", "AsyncInvocationWithoutFailureDestination", Level.WARNING,
            "Function invoked asynchronously (S3, SNS, EventBridge, Scheduler, CloudWatch Logs, IoT, SES, …) with "
                    + "neither a dead-letter queue nor an on-failure destination.",
            "S3, SNS, EventBridge, EventBridge Scheduler, CloudWatch Logs, IoT and SES invoke Lambda "
                    + "asynchronously: Lambda queues the event, retries a failed invocation twice, and then "
                    + "drops the event unless the function has a dead-letter queue or an on-failure destination "
                    + "for the version or alias the event was sent to. The source never learns of the failure.",
            List.of("reliability", "async", "lambda"), "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        for (LambdaFunction function : model.functions()) {
            List<Trigger> async = model.triggersOf(function.logicalId()).stream()
                    .filter(t -> t.invocation() == InvocationModel.ASYNC)
                    .toList();
            if (async.isEmpty() || function.deadLetterQueue().isPresent()) {
                continue;
            }
            List<AsyncInvokeConfig> withOnFailure = function.asyncInvokeConfigs().stream()
                    .filter(c -> c.onFailureDestination().isPresent())
                    .toList();
            List<Trigger> unhandled = async.stream()
                    .filter(t -> withOnFailure.stream().noneMatch(c -> sameQualifier(c.qualifier(), t.qualifier())))
                    .toList();
            if (!unhandled.isEmpty()) {
                report.accept(violation(function, unhandled, withOnFailure));
            }
        }
    }

    /** Whether a config for one qualifier applies to a trigger; an unknown side is taken to match. */
    static boolean sameQualifier(Optional<Value> config, Optional<Value> trigger) {
        Optional<String> configured = config.flatMap(Value::asText);
        Optional<String> invoked = trigger.flatMap(Value::asText);
        if (configured.isEmpty() || invoked.isEmpty()) {
            return true;
        }
        return configured.get().equals(invoked.get());
    }

    private static Violation violation(LambdaFunction function, List<Trigger> unhandled,
                                       List<AsyncInvokeConfig> withOnFailure) {
        List<Evidence> evidence = new ArrayList<>();
        for (Trigger trigger : unhandled) {
            evidence.add(Evidence.at(trigger.position(), trigger.description() + ": "
                    + trigger.source().serviceName() + " invokes " + function.logicalId() + qualified(trigger)
                    + " asynchronously"));
        }
        for (AsyncInvokeConfig config : withOnFailure) {
            evidence.add(Evidence.at(config.position(), name(config) + " has an on-failure destination only for "
                    + config.qualifier().flatMap(Value::asText).orElse("another qualifier")));
        }
        for (AsyncInvokeConfig config : function.asyncInvokeConfigs()) {
            if (config.onFailureDestination().isEmpty()) {
                evidence.add(Evidence.at(config.position(), name(config)
                        + " sets no OnFailure destination (an OnSuccess destination or retry settings do not keep "
                        + "failed events)"));
            }
        }

        String sources = describe(unhandled);
        StringBuilder message = new StringBuilder();
        message.append("function ").append(function.logicalId()).append(" is invoked asynchronously by ")
                .append(sources);
        if (withOnFailure.isEmpty()) {
            message.append(" but has neither a dead-letter queue nor an on-failure destination");
        } else {
            message.append(" but its on-failure destination is configured only for ")
                    .append(qualifiers(withOnFailure)).append(", not for what ")
                    .append(unhandled.size() == 1 ? "that trigger invokes" : "these triggers invoke")
                    .append(" (").append(invokedQualifiers(unhandled)).append(")");
        }
        message.append(": an event that still fails after Lambda's retries is dropped without a trace. Add ")
                .append(function.kind() == LambdaFunction.Kind.SAM
                        ? "DeadLetterQueue, or EventInvokeConfig with DestinationConfig.OnFailure."
                        : "DeadLetterConfig, or an AWS::Lambda::EventInvokeConfig with DestinationConfig.OnFailure"
                        + " for the qualifier the triggers invoke.");
        return Violation.of(function.position(), function.logicalId(), message.toString(), evidence);
    }

    private static String describe(List<Trigger> triggers) {
        List<String> names = triggers.stream().map(Trigger::description).distinct().toList();
        if (names.size() <= 3) {
            return English.list(names);
        }
        return String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " more";
    }

    private static String qualified(Trigger trigger) {
        return trigger.qualifierName().filter(q -> !q.equals(Trigger.LATEST)).map(q -> " (alias " + q + ")")
                .orElse("");
    }

    private static String qualifiers(List<AsyncInvokeConfig> configs) {
        return English.list(configs.stream().map(c -> c.qualifier().flatMap(Value::asText).orElse("?")).distinct()
                .toList());
    }

    private static String invokedQualifiers(List<Trigger> triggers) {
        return English.list(triggers.stream().map(t -> t.qualifierName().orElse("?")).distinct().toList());
    }

    private static String name(AsyncInvokeConfig config) {
        return config.logicalId().map(id -> "EventInvokeConfig " + id).orElse("EventInvokeConfig");
    }
}
