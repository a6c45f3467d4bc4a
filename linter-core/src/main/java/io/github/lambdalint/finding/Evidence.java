package io.github.lambdalint.finding;

import java.util.Optional;

import io.github.lambdalint.parse.Position;

/**
 * A fact a finding rests on, with its place: in the template by default, or in another file
 * (the configuration that described an external subnet).
 */
public record Evidence(String description, Position position, Optional<String> file) {

    public static Evidence at(Position position, String description) {
        return new Evidence(description, position, Optional.empty());
    }

    /** This fact as another template sees it: a fact of {@code template} itself now names that file. */
    public Evidence in(String template) {
        return file.isPresent() ? this : new Evidence(description, position, Optional.of(template));
    }
}
