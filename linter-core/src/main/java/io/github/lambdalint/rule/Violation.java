package io.github.lambdalint.rule;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.parse.Position;

/**
 * What a rule reports: where, about which resource, why, and the evidence. A violation whose
 * decisive fact is unknown, or that gives advice rather than a mistake, is reported as a
 * {@link Level#NOTE} whatever the rule's level.
 */
public record Violation(Position at, Optional<String> resource, String message, List<Evidence> evidence,
                        boolean uncertain) {

    public Violation {
        evidence = List.copyOf(evidence);
    }

    public static Violation of(Position at, String resource, String message, List<Evidence> evidence) {
        return new Violation(at, Optional.ofNullable(resource), message, evidence, false);
    }

    public static Violation uncertain(Position at, String resource, String message, List<Evidence> evidence) {
        return new Violation(at, Optional.ofNullable(resource), message, evidence, true);
    }

    /** Guidance rather than a mistake (a value that works but is below what AWS recommends): a note too. */
    public static Violation advice(Position at, String resource, String message, List<Evidence> evidence) {
        return new Violation(at, Optional.ofNullable(resource), message, evidence, true);
    }
}
