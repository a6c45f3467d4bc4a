package io.github.lambdalint.api;

import java.util.List;

/**
 * A configuration file that cannot be used as written. The run stops (exit status 2) rather than
 * ignore part of what the user asked for.
 *
 * @see #problems()
 */
public final class InvalidConfigException extends Exception {

    private final String file;
    private final transient List<String> problems;

    InvalidConfigException(String file, List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The configuration file as messages name it. */
    public String file() {
        return file;
    }

    /** One line per mistake, {@code file:line:column: what is wrong}, in file order. */
    public List<String> problems() {
        return problems;
    }
}
