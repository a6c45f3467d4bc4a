package io.github.lambdalint.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code -p NAME=VALUE} arguments. A mistaken one is a warning that names it and is left out:
 * the other parameters still apply, and the run still reports what it can.
 */
final class ParameterArguments {

    private ParameterArguments() {
    }

    static Map<String, String> parse(List<String> arguments, Consumer<String> warnings) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals < 0) {
                warnings.accept("-p " + argument + " has no value; write -p " + argument.strip()
                        + "=VALUE (ignored)");
            } else if (argument.substring(0, equals).isBlank()) {
                warnings.accept("-p " + argument + " has no parameter name before '='; write -p NAME=VALUE (ignored)");
            } else {
                parameters.put(argument.substring(0, equals).strip(), argument.substring(equals + 1));
            }
        }
        return parameters;
    }
}
