package io.github.lambdalint.parse;

import java.util.List;

/**
 * Something the parser met in a file, and where. Most problems make the file unreadable; a
 * duplicate key and a preprocessor directive leave a template that is still checked.
 *
 * @param related other places the problem involves (the first of two duplicate keys)
 */
public record ParseProblem(String message, Position position, Kind kind, List<Related> related) {

    /** What kind of problem, which decides the engine-level rule that reports it. */
    public enum Kind {
        /** The file, or a part of its structure, cannot be read as a template (LL000). */
        UNREADABLE,
        /** A key written twice in one mapping; the last value is kept (LL002). */
        DUPLICATE_KEY,
        /** Directives of a template preprocessor, which replaces them before deployment (LL003). */
        PREPROCESSOR_DIRECTIVE
    }

    /** Another place in the file that belongs to the problem. */
    public record Related(String description, Position position) {
    }

    public ParseProblem {
        related = List.copyOf(related);
    }

    /** A problem that makes the file, or a part of it, unreadable. */
    public ParseProblem(String message, Position position) {
        this(message, position, Kind.UNREADABLE, List.of());
    }
}
