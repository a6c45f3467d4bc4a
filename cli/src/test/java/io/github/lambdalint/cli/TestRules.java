package io.github.lambdalint.cli;

import java.util.List;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/** Rules made for the command's tests: they fire, warn, echo the deployment or fail on purpose. */
final class TestRules {

    private TestRules() {
    }

    /** Reports every function at the given level, with one piece of evidence. */
    static Rule flagsEveryFunction(String id, Level level) {
        return rule(new RuleInfo(id, "FlagsEveryFunction", level, "Flags every function.",
                "A test rule that reports every Lambda function.", List.of("test"), "high"), (model, report) -> {
                    for (LambdaFunction function : model.functions()) {
                        report.accept(Violation.of(function.position(), function.logicalId(),
                                function.logicalId() + " is a function",
                                List.of(Evidence.at(function.positionOf("Runtime"), "its runtime is set here"))));
                    }
                });
    }

    /** Reports the region, parameters and stack name it was given, so tests can see what reached the engine. */
    static Rule echoesDeployment() {
        return rule(new RuleInfo("LL903", "EchoesDeployment", Level.NOTE, "Echoes the deployment.",
                "A test rule that reports the region, parameters and stack name.", List.of("test"), "low"),
                (model, report) -> report.accept(Violation.of(io.github.lambdalint.parse.Position.START, null,
                        "region=" + model.deployment().region().orElse("unknown")
                                + " parameters=" + new java.util.TreeMap<>(model.deployment().parameters())
                                + " stack=" + model.deployment().stackName().orElse("unknown"),
                        List.of())));
    }

    /** A bug: throws on every template. */
    static Rule throwing() {
        return rule(new RuleInfo("LL902", "Throws", Level.ERROR, "Throws.", "A test rule with a bug.",
                List.of("test"), "low"), (model, report) -> {
                    throw new IllegalStateException("rule bug");
                });
    }

    private interface Check {
        void check(TemplateModel model, Consumer<Violation> report);
    }

    private static Rule rule(RuleInfo info, Check check) {
        return new Rule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(TemplateModel model, Consumer<Violation> report) {
                check.check(model, report);
            }
        };
    }
}
