package io.github.lambdalint.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used as written. The run stops (exit status 2) rather than
 * ignore part of what the user asked for.
 */
public final class InvalidConfigException extends Exception {

    private final String file;
    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(String file, List<ConfigProblem> problems) {
        super(problems.stream().map(p -> file + ":" + p.position() + ": " + p.message())
                .collect(Collectors.joining("\n")), null, false, false);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
