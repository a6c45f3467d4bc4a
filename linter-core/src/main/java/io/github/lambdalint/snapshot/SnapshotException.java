package io.github.lambdalint.snapshot;

import java.util.List;

/** A snapshot that cannot be used as written: one line per mistake, {@code file:line:column: what is wrong}. */
public final class SnapshotException extends Exception {

    private final transient List<String> problems;

    SnapshotException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
