package io.github.lambdalint.report;

import io.github.lambdalint.finding.Suppression;

/** Suppression kinds as SARIF spells them; the JSON report uses the same words. */
final class SuppressionLabels {

    private SuppressionLabels() {
    }

    static String of(Suppression.Kind kind) {
        return switch (kind) {
            case IN_SOURCE -> "inSource";
            case EXTERNAL -> "external";
        };
    }
}
