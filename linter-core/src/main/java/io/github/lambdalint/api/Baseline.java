package io.github.lambdalint.api;

import java.util.List;
import java.util.Set;

import io.github.lambdalint.finding.BaselineState;
import io.github.lambdalint.finding.Finding;

/**
 * The findings a team has accepted for now, by fingerprint. A run compared against it fails only
 * on findings that are new; fingerprints leave line numbers out, so moving a resource does not
 * make its finding new.
 */
public record Baseline(Set<String> fingerprints) {

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    List<Finding> mark(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.withBaseline(fingerprints.contains(f.fingerprint())
                        ? BaselineState.UNCHANGED : BaselineState.NEW))
                .toList();
    }
}
