package io.github.lambdalint.api;

import java.util.List;

/**
 * A configuration file, or the AWS snapshot the user gave, that cannot be used as written. The run stops (exit status 2) rather than
 * ignore part of what the user asked for.
 *
 * @see #problems()
 */
public final class InvalidConfigException extends Exception {

    private final String file;
    private final String what;
    private final transient List<String> problems;

    InvalidConfigException(String file, String what, List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.file = file;
        this.what = what;
        this.problems = List.copyOf(problems);
    }

    /** The configuration file (or snapshot folder) as messages name it. */
    public String file() {
        return file;
    }

    /** What has the mistakes, for a message: "configuration", "AWS snapshot". */
    public String what() {
        return what;
    }

    /** One line per mistake, {@code file:line:column: what is wrong}, in file order. */
    public List<String> problems() {
        return problems;
    }
}
