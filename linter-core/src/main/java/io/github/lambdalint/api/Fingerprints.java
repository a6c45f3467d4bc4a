package io.github.lambdalint.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across edits: rule, file, resource and message, never a line number,
 * so moving a resource does not make its finding look new to a baseline or to code scanning.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(String ruleId, String file, String resource, String message) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {ruleId, file, resource, message}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
