package io.github.lambdalint.api;

import java.util.List;

import io.github.lambdalint.finding.Level;
import io.github.lambdalint.rule.RuleInfo;

/** LL003: a template with rain directives, which rain pkg replaces before deployment. */
public final class PreprocessorDirective {

    public static final RuleInfo INFO = new RuleInfo("LL003", "PreprocessorDirective", Level.NOTE,
            "The template uses rain directives (!Rain::Embed, !Rain::Module, ...), which rain pkg replaces.",
            "Directives of the rain command-line tool are not CloudFormation: rain pkg replaces them, and its "
                    + "output is what gets deployed. lambda-lint reports them once per template, treats their "
                    + "values as unknown and checks the rest; lint the output of rain pkg to check what they "
                    + "produce.",
            List.of("template"), "very-high");

    private PreprocessorDirective() {
    }
}
