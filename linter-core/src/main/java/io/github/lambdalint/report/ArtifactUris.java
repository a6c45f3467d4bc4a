package io.github.lambdalint.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns the paths findings carry into SARIF artifact URIs. Paths under the base directory are
 * relative references resolved against {@code %SRCROOT%}; anything else (a template outside the
 * base directory) becomes an absolute {@code file:} URI. Characters a URI may not hold (spaces,
 * non-ASCII letters, {@code %}, {@code #}, {@code ?}) are percent-encoded as UTF-8.
 */
final class ArtifactUris {

    /** A URI for one path, and the base it is relative to (null when absolute). */
    record ArtifactUri(String uri, String baseId) {
    }

    static final String SRCROOT = "%SRCROOT%";

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:/.*");

    private ArtifactUris() {
    }

    static ArtifactUri of(String path) {
        if (path.startsWith("/")) {
            return new ArtifactUri("file://" + encode(path, true), null);
        }
        if (WINDOWS_DRIVE.matcher(path).matches()) {
            return new ArtifactUri("file:///" + path.substring(0, 2) + encode(path.substring(2), true), null);
        }
        // A ':' in a relative reference would read as a scheme ("a:b.yaml"), so it is encoded.
        return new ArtifactUri(encode(path, false), SRCROOT);
    }

    private static String encode(String path, boolean colonAllowed) {
        StringBuilder uri = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || c == '/' || (colonAllowed && c == ':')) {
                uri.append(c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return uri.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
