package io.github.lambdalint.api;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/** A test rule: one finding per template whose message describes the deployment facts it was linted with. */
final class DeploymentProbe implements Rule {

    private static final RuleInfo INFO = new RuleInfo("LL990", "DeploymentProbe", Level.WARNING, "A test rule.",
            "A test rule.", List.of("test"), "high");

    private final Function<Deployment, String> describe;

    DeploymentProbe(Function<Deployment, String> describe) {
        this.describe = describe;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        report.accept(Violation.of(Position.START, "Stage", describe.apply(model.deployment()), List.of()));
    }

    /** The description of the first template of a run without file errors. */
    static String described(LintResult result) {
        if (!result.fileErrors().isEmpty()) {
            throw new AssertionError("file errors: " + result.fileErrors());
        }
        return result.findings().stream().filter(f -> f.ruleId().equals(INFO.id())).map(Finding::message)
                .findFirst().orElseThrow();
    }
}
