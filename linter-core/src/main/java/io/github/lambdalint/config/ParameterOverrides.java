package io.github.lambdalint.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAM CLI's shorthand for parameter values, as {@code --parameter-overrides} and samconfig's
 * {@code parameter_overrides} take it: {@code Key=Value} or
 * {@code ParameterKey=Key,ParameterValue=Value}, separated by spaces; a value may be wrapped in
 * double or single quotes (then it may hold spaces) and {@code \ }, {@code \"}, {@code \'} stand
 * for the character (SAM CLI's {@code CfnParameterOverridesType}, cited in README.md).
 *
 * @param values    the values by parameter name, the last of a repeated name winning
 * @param malformed the pieces that name no parameter (no {@code =}), for a warning
 */
public record ParameterOverrides(Map<String, String> values, List<String> malformed) {

    private static final String LONG_KEY = "ParameterKey=";
    private static final String LONG_VALUE = ",ParameterValue=";

    public ParameterOverrides {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        malformed = List.copyOf(malformed);
    }

    /** Reads each piece of text (a samconfig string, or each item of its list form). */
    public static ParameterOverrides parse(List<String> texts) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        for (String text : texts) {
            for (String piece : pieces(text)) {
                String pair = piece;
                if (pair.startsWith(LONG_KEY) && pair.contains(LONG_VALUE)) {
                    int at = pair.indexOf(LONG_VALUE);
                    pair = pair.substring(LONG_KEY.length(), at) + "=" + pair.substring(at + LONG_VALUE.length());
                }
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    malformed.add(piece);
                } else {
                    values.put(pair.substring(0, equals), unquote(pair.substring(equals + 1)));
                }
            }
        }
        return new ParameterOverrides(values, malformed);
    }

    /** Splits on spaces outside quotes and not escaped; quotes and escapes are kept for {@link #unquote}. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                piece.append(c).append(text.charAt(++i));
            } else if (quote != 0) {
                piece.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                piece.append(c);
            } else if (Character.isWhitespace(c)) {
                if (!piece.isEmpty()) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
            } else {
                piece.append(c);
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static String unquote(String value) {
        String inner = value;
        if (inner.length() >= 2 && (inner.charAt(0) == '"' || inner.charAt(0) == '\'')
                && inner.charAt(inner.length() - 1) == inner.charAt(0)) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return inner.replace("\\ ", " ").replace("\\\"", "\"").replace("\\'", "'");
    }
}
