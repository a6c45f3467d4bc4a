package io.github.lambdalint.config;

import java.util.List;

/** The mistakes found in a configuration file; the caller decides how a run reports them. */
public final class ConfigProblems extends Exception {

    private final transient List<ConfigProblem> problems;

    public ConfigProblems(List<ConfigProblem> problems) {
        super(null, null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
