package io.github.lambdalint.parse;

/** Raised inside the parser only; {@link TemplateParser} turns it into a {@link ParseProblem}. */
final class ParseProblemException extends Exception {

    private final transient Position position;

    ParseProblemException(String message, Position position) {
        super(message, null, false, false);
        this.position = position;
    }

    ParseProblem toProblem() {
        return new ParseProblem(getMessage(), position);
    }
}
