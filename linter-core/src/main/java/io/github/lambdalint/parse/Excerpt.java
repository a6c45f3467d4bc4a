package io.github.lambdalint.parse;

/**
 * Template text quoted in a message (a key, a tag, a logical id), cut short: a hostile file may
 * hold a megabyte-long key, and a finding's message must stay one readable line.
 */
public final class Excerpt {

    static final int MAX_LENGTH = 80;

    private Excerpt() {
    }

    public static String of(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
}
