package io.github.lambdalint.parse;

import java.util.List;
import java.util.Optional;

/**
 * What the parser made of a file: the document's root when it could be read, and every problem
 * met on the way. A root and problems can come together (a UTF-16 file is read, and reported).
 */
public record ParseResult(Optional<Node> root, List<ParseProblem> problems) {

    public ParseResult {
        problems = List.copyOf(problems);
    }

    static ParseResult failed(ParseProblem problem) {
        return new ParseResult(Optional.empty(), List.of(problem));
    }
}
