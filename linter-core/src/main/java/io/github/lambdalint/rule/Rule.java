package io.github.lambdalint.rule;

import java.util.function.Consumer;

import io.github.lambdalint.model.TemplateModel;

/**
 * A check over the model of one template. Implementations are stateless (one instance serves
 * every file, on any thread), never parse text and never print: they hand violations to the
 * engine, which adds the file, the level and the fingerprint. Registered with
 * {@code META-INF/services/io.github.lambdalint.rule.Rule}.
 */
public interface Rule {

    RuleInfo info();

    void check(TemplateModel model, Consumer<Violation> report);
}
