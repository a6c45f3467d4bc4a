package io.github.lambdalint.parse;

/** Why a file could not be read as a template, and where. */
public record ParseProblem(String message, Position position) {
}
