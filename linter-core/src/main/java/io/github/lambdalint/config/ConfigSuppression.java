package io.github.lambdalint.config;

import java.util.Optional;

import io.github.lambdalint.parse.Position;

/** A {@code suppress:} entry of the configuration: which findings are accepted, and why. */
public record ConfigSuppression(String rule, Optional<String> resource, Optional<String> fileGlob, String reason,
                                Position position) {
}
