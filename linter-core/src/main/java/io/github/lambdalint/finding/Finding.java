package io.github.lambdalint.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem found in one template. {@code fingerprint} identifies the finding across edits
 * that move lines (it is built from the rule, file, resource and message, never a position).
 * {@code baseline} is set when the run compared against a baseline. {@code constructPath} is the CDK
 * construct path of the resource ({@code AppStack/WorkerFn}) when the template says it
 * ({@code Metadata: aws:cdk:path}); reports show it in place of the generated logical id.
 */
public record Finding(String ruleId, Level level, String message, Location location,
                      Optional<String> resource, List<RelatedLocation> evidence,
                      Optional<Suppression> suppression, String fingerprint, Optional<BaselineState> baseline,
                      Optional<String> constructPath) {

    /** File, line, column, then rule: the order every report uses. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** A finding of a run without a baseline. */
    public Finding(String ruleId, Level level, String message, Location location, Optional<String> resource,
                   List<RelatedLocation> evidence, Optional<Suppression> suppression, String fingerprint) {
        this(ruleId, level, message, location, resource, evidence, suppression, fingerprint, Optional.empty(),
                Optional.empty());
    }

    /** How reports name the resource: its construct path if known, else its logical id. */
    public Optional<String> resourceName() {
        return constructPath.or(() -> resource);
    }

    public boolean isSuppressed() {
        return suppression.isPresent();
    }

    /** True when the finding was already in the baseline: known, accepted for now, not failing the run. */
    public boolean isInBaseline() {
        return baseline.filter(BaselineState.UNCHANGED::equals).isPresent();
    }

    /** Neither suppressed nor in the baseline: a finding that counts. */
    public boolean isActive() {
        return !isSuppressed() && !isInBaseline();
    }

    public Finding withSuppression(Suppression given) {
        return new Finding(ruleId, level, message, location, resource, evidence, Optional.of(given), fingerprint,
                baseline, constructPath);
    }

    public Finding withBaseline(BaselineState state) {
        return new Finding(ruleId, level, message, location, resource, evidence, suppression, fingerprint,
                Optional.of(state), constructPath);
    }

    public Finding withFingerprint(String given) {
        return new Finding(ruleId, level, message, location, resource, evidence, suppression, given, baseline,
                constructPath);
    }

    public Finding withConstructPath(Optional<String> given) {
        return new Finding(ruleId, level, message, location, resource, evidence, suppression, fingerprint, baseline,
                given);
    }
}
