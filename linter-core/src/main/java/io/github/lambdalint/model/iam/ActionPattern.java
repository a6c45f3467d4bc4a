package io.github.lambdalint.model.iam;

import java.util.Locale;

/** IAM action matching: case-insensitive, with {@code *} and {@code ?} wildcards. */
public final class ActionPattern {

    private ActionPattern() {
    }

    public static boolean matches(String pattern, String action) {
        return glob(pattern.toLowerCase(Locale.ROOT), 0, action.toLowerCase(Locale.ROOT), 0);
    }

    /** The service prefix of an action ({@code sqs} for {@code sqs:SendMessage}); "*" for "*". */
    public static String service(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? action.toLowerCase(Locale.ROOT) : action.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static boolean glob(String pattern, int p, String text, int t) {
        // Iterative with one backtrack point: linear enough for IAM's short patterns.
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
