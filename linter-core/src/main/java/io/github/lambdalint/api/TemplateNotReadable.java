package io.github.lambdalint.api;

import java.util.List;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/** LL000: the findings the engine itself makes when a file cannot be read as a template. */
public final class TemplateNotReadable {

    public static final RuleInfo INFO = new RuleInfo("LL000", "TemplateNotReadable", Level.ERROR,
            "The template cannot be read: YAML/JSON syntax, an unknown tag, the encoding, a broken structure or a "
                    + "size limit.",
            "lambda-lint reads every template before checking it. When a file is not valid YAML or JSON, uses a "
                    + "tag CloudFormation does not know, is not in UTF-8, has a structure "
                    + "CloudFormation rejects (Resources that is not a mapping, a resource without Type) or "
                    + "exceeds a safety limit, the problem is reported here with its line and column, and the "
                    + "other files are still checked.",
            List.of("correctness", "template"), "very-high");

    private TemplateNotReadable() {
    }
}
