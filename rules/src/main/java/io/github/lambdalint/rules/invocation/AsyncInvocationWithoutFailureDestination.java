package io.github.lambdalint.rules.invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.AsyncInvokeConfig;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.InvocationModel;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.text.English;

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
            if (function.deadLetterQueue().isPresent()) {
                continue;
            }
            if (async.isEmpty()) {
                tunedWithoutOnFailure(function, report);
                continue;
            }
            List<AsyncInvokeConfig> withOnFailure = function.asyncInvokeConfigs().stream()
                    .filter(c -> c.onFailureDestination().isPresent())
                    .toList();
            List<Trigger> unhandled = async.stream()
                    .filter(t -> withOnFailure.stream().noneMatch(c -> sameQualifier(c.qualifier(), t.qualifier())))
                    .toList();
            if (!unhandled.isEmpty() && unhandled.stream().allMatch(t -> t.source() == EventSource.CONFIG_PERIODIC_RULE)) {
                report.accept(periodicConfigRules(function, unhandled));
            } else if (!unhandled.isEmpty()) {
                report.accept(violation(function, unhandled, withOnFailure));
            }
        }
    }

    /**
     * No caller in the template, but an event invoke config that sets retries, event age or a success
     * destination and no OnFailure: the function is invoked asynchronously (why else tune it), and its
     * failed events are dropped. With {@code MaximumRetryAttempts: 0} they are dropped at once.
     */
    private static void tunedWithoutOnFailure(LambdaFunction function, Consumer<Violation> report) {
        List<AsyncInvokeConfig> configs = function.asyncInvokeConfigs();
        if (configs.isEmpty() || configs.stream().anyMatch(c -> c.onFailureDestination().isPresent())) {
            return;
        }
        List<AsyncInvokeConfig> tuned = configs.stream().filter(AsyncInvokeConfig::tunesAsyncInvocation).toList();
        if (tuned.isEmpty()) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (AsyncInvokeConfig config : tuned) {
            List<String> settings = new ArrayList<>();
            config.maximumRetryAttempts().ifPresent(v -> settings.add("MaximumRetryAttempts "
                    + v.asLong().map(String::valueOf).orElse("(not known statically)")));
            config.maximumEventAgeInSeconds().ifPresent(v -> settings.add("MaximumEventAgeInSeconds "
                    + v.asLong().map(String::valueOf).orElse("(not known statically)")));
            config.onSuccessDestination().ifPresent(v -> settings.add("an OnSuccess destination"));
            evidence.add(Evidence.at(config.position(), name(config) + " sets " + English.list(settings)
                    + " for asynchronous invocations, and no OnFailure destination"));
        }
        boolean noRetries = tuned.stream().anyMatch(c -> c.maximumRetryAttempts().flatMap(Value::asLong)
                .filter(n -> n == 0).isPresent());
        String message = "function " + function.logicalId() + " is configured for asynchronous invocation ("
                + English.list(tuned.stream().map(AsyncInvocationWithoutFailureDestination::name).distinct().toList())
                + ") but has neither a dead-letter queue nor an on-failure destination: an event that "
                + (noRetries ? "fails is dropped at once, since retries are set to 0" : "still fails after the retries")
                + (noRetries ? "" : " is dropped") + ", without a trace. Add "
                + (function.kind() == LambdaFunction.Kind.SAM
                        ? "DestinationConfig.OnFailure to its EventInvokeConfig, or a DeadLetterQueue."
                        : "DestinationConfig.OnFailure to the AWS::Lambda::EventInvokeConfig, or a DeadLetterConfig.");
        report.accept(Violation.of(function.position(), function.logicalId(), message, evidence));
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

    /**
     * Only periodic AWS Config rules invoke the function: an evaluation dropped after Lambda's retries
     * is redone by the rule's next run, which evaluates every resource in scope again. What is lost is
     * the result until then, and any sign of the failure: a note, not a warning.
     */
    private static Violation periodicConfigRules(LambdaFunction function, List<Trigger> rules) {
        List<Evidence> evidence = rules.stream().map(t -> Evidence.at(t.position(), t.description()
                + ": AWS Config invokes " + function.logicalId() + qualified(t) + " asynchronously, once per period"))
                .toList();
        String message = "function " + function.logicalId() + " is invoked asynchronously only by " + describe(rules)
                + ", with neither a dead-letter queue nor an on-failure destination: an evaluation that still fails"
                + " after Lambda's retries is dropped without a trace, and the rule's resources keep their last"
                + " compliance result until its next periodic run evaluates them again. Add "
                + (function.kind() == LambdaFunction.Kind.SAM
                        ? "DeadLetterQueue, or EventInvokeConfig with DestinationConfig.OnFailure,"
                        : "DeadLetterConfig, or an AWS::Lambda::EventInvokeConfig with DestinationConfig.OnFailure,")
                + " to see failed evaluations.";
        return Violation.advice(function.position(), function.logicalId(), message, evidence);
    }

    private static Violation violation(LambdaFunction function, List<Trigger> unhandled,
                                       List<AsyncInvokeConfig> withOnFailure) {
        List<Evidence> evidence = new ArrayList<>();
        for (Trigger trigger : unhandled) {
            evidence.add(Evidence.at(trigger.position(), trigger.description() + ": "
                    + trigger.source().serviceName() + " invokes " + function.logicalId() + qualified(trigger)
                    + " asynchronously"));
        }
        List<Trigger> deliveryOnly = unhandled.stream().filter(t -> t.deliveryDeadLetter().isPresent()).toList();
        for (Trigger trigger : deliveryOnly) {
            evidence.add(Evidence.at(trigger.deliveryDeadLetter().get().position(), "the dead-letter queue of "
                    + trigger.description() + " keeps only events " + trigger.source().serviceName()
                    + " cannot deliver to Lambda"));
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
        message.append(": an event that still fails after Lambda's retries is dropped without a trace.");
        if (!deliveryOnly.isEmpty()) {
            message.append(" The dead-letter queue of ").append(English.list(deliveryOnly.stream()
                            .map(Trigger::description).distinct().toList()))
                    .append(" covers")
                    .append(" only delivery to Lambda, not failures inside the function.");
        }
        message.append(" Add ")
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
