package io.github.lambdalint.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern, as Maven users write them in {@code <includes>}: {@code *} and
 * {@code ?} stay within one directory, {@code **} spans any number of directories (none
 * included), and a pattern ending in {@code /} means everything below. Paths are relative,
 * with forward slashes.
 */
final class PathPattern {

    private final String text;
    private final Pattern regex;

    private PathPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    static PathPattern of(String pattern) {
        String normalized = normalize(pattern);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("empty path pattern");
        }
        return new PathPattern(normalized, Pattern.compile(toRegex(normalized)));
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /** For {@code dir/**}: the pattern a directory must match to be skipped whole, if any. */
    PathPattern directoryPattern() {
        if (text.equals("**")) {
            return this;
        }
        if (text.endsWith("/**")) {
            return of(text.substring(0, text.length() - 3));
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String normalize(String pattern) {
        String text = pattern.strip().replace('\\', '/');
        while (text.startsWith("./")) {
            text = text.substring(2);
        }
        while (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.endsWith("/")) {
            text = text + "**";
        }
        return text.replaceAll("/{2,}", "/");
    }

    private static String toRegex(String pattern) {
        String[] segments = pattern.split("/");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if (segments[i].equals("**")) {
                if (!last) {
                    regex.append("(?:[^/]*/)*");
                } else if (i == 0) {
                    regex.append(".*");
                } else {
                    regex.setLength(regex.length() - 1); // the '/' before "**"
                    regex.append("(?:/.*)?");
                }
            } else {
                appendSegment(segments[i], regex);
                if (!last) {
                    regex.append('/');
                }
            }
        }
        return regex.toString();
    }

    private static void appendSegment(String segment, StringBuilder regex) {
        StringBuilder literal = new StringBuilder();
        for (char c : segment.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? "[^/]*" : "[^/]");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
    }
}
