package io.github.lambdalint.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem found in one template. {@code fingerprint} identifies the finding across edits
 * that move lines (it is built from the rule, file, resource and message, never a position).
 */
public record Finding(String ruleId, Level level, String message, Location location,
                      Optional<String> resource, List<RelatedLocation> evidence,
                      Optional<Suppression> suppression, String fingerprint) {

    /** File, line, column, then rule: the order every report uses. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public boolean isSuppressed() {
        return suppression.isPresent();
    }

    public Finding withSuppression(Suppression given) {
        return new Finding(ruleId, level, message, location, resource, evidence, Optional.of(given), fingerprint);
    }
}
