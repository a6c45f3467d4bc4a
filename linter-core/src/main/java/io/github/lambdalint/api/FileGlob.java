package io.github.lambdalint.api;

import java.util.regex.Pattern;

/**
 * A file glob as shells with {@code globstar}, {@code .gitignore} and cfn-lint read it, for
 * paths written with forward slashes: {@code *} and {@code ?} stay within one directory,
 * {@code **} spans directories — {@code infra/**}{@code /*.yaml} matches {@code infra/a.yaml}
 * too — {@code [abc]}, {@code [!abc]} and {@code {yaml,yml}} as usual. The one definition for
 * command-line globs, {@code --exclude}, the configuration's suppression {@code file} and construct-path
 * {@code resource}, its {@code stacks:} {@code template}, and the Maven plugin's {@code includes} and
 * {@code excludes}. Every
 * text is a glob: a bracket or brace that is never closed stands for itself.
 */
public final class FileGlob {

    private static final String META = "*?[{";

    private final String text;
    private final Pattern pattern;

    private FileGlob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** Also as {@code .gitignore} reads them: {@code ./} in front is dropped, a {@code /} at the end means everything below. */
    public static FileGlob of(String glob) {
        String text = glob.replace('\\', '/');
        while (text.startsWith("./")) {
            text = text.substring(2);
        }
        if (text.endsWith("/")) {
            text += "**";
        }
        return new FileGlob(glob, Pattern.compile(regex(text)));
    }

    /** Whether a path argument is a glob rather than a name. */
    public static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> META.indexOf(c) >= 0);
    }

    /** Whether the path, relative and with forward slashes, matches. */
    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean wholeSegment = (i == 0 || glob.charAt(i - 1) == '/');
                        if (wholeSegment && i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
                            regex.append("(?:[^/]*/)*"); // "**/": any number of directories, none too
                            i += 2;
                        } else {
                            regex.append(".*");
                            i += 1;
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0 || glob.substring(i + 1, close).contains("/")) {
                        regex.append("\\[");
                    } else {
                        regex.append(bracket(glob.substring(i + 1, close)));
                        i = close;
                    }
                }
                case '{' -> {
                    if (glob.indexOf('}', i) > i) {
                        braces++;
                        regex.append("(?:");
                    } else {
                        regex.append("\\{");
                    }
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        regex.append(')');
                    } else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                case '/' -> {
                    if (glob.startsWith("/**", i) && i + 3 == glob.length()) {
                        regex.append("(?:/.*)?"); // "dir/**": the directory itself too, so a walk can skip it whole
                        i += 2;
                    } else {
                        regex.append('/');
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // A brace opened but not closed where expected: close it, so the pattern still compiles.
        regex.append(")".repeat(braces));
        return regex.toString();
    }

    private static String bracket(String content) {
        StringBuilder set = new StringBuilder("[");
        int start = 0;
        if (content.startsWith("!") || content.startsWith("^")) {
            set.append('^');
            start = 1;
        }
        for (int i = start; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '-' && i > start && i < content.length() - 1) {
                set.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                set.append(c);
            } else {
                set.append('\\').append(c);
            }
        }
        // Never match the separator, as a shell's [...] never does.
        return set.append("&&[^/]]").toString();
    }
}
