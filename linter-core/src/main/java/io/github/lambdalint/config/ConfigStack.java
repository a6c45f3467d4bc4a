package io.github.lambdalint.config;

import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.parse.Position;

/**
 * One entry of the configuration's {@code stacks:} list: the deployment of the templates its
 * glob matches (paths relative to the working directory).
 */
public record ConfigStack(String templateGlob, Optional<String> name, Optional<String> region,
                          Map<String, String> parameters, Position position) {

    public ConfigStack {
        parameters = Map.copyOf(parameters);
    }
}
