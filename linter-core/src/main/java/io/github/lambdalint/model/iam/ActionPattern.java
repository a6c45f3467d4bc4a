package io.github.lambdalint.model.iam;

import java.util.Locale;

/**
 * IAM action matching: case-insensitive, with {@code *} and {@code ?} wildcards. Compares
 * characters case-insensitively in place: a large template asks about the same actions millions
 * of times, and lower-casing copies of both strings for every question was most of its run.
 */
public final class ActionPattern {

    private ActionPattern() {
    }

    public static boolean matches(String pattern, String action) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equalsIgnoreCase(action);
        }
        return glob(pattern, action);
    }

    /** The service prefix of an action ({@code sqs} for {@code sqs:SendMessage}); "*" for "*". */
    public static String service(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? action.toLowerCase(Locale.ROOT) : action.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static boolean glob(String pattern, String text) {
        // Iterative with one backtrack point: linear enough for IAM's short patterns.
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t)))) {
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

    /** The comparison {@link String#equalsIgnoreCase} makes, one character at a time. */
    private static boolean same(char a, char b) {
        if (a == b) {
            return true;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }
}
