package io.github.lambdalint.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.lambdalint.finding.Finding;

/**
 * Sorts findings and makes fingerprints unique: when one resource has the same finding twice,
 * the second gets ":2" (in position order), as CodeQL does for its line hashes.
 */
final class Occurrences {

    private Occurrences() {
    }

    static List<Finding> distinguish(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> unique = new ArrayList<>(sorted.size());
        for (Finding finding : sorted) {
            int occurrence = seen.merge(finding.fingerprint(), 1, Integer::sum);
            unique.add(occurrence == 1 ? finding : finding.withFingerprint(finding.fingerprint() + ":" + occurrence));
        }
        return unique;
    }
}
