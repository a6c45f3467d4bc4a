package io.github.lambdalint.config;

import io.github.lambdalint.parse.Position;

/** One mistake in a configuration file, with its place. */
public record ConfigProblem(Position position, String message) {
}
