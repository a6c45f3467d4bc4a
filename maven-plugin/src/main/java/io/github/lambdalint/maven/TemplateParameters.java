package io.github.lambdalint.maven;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Template parameter values: the {@code parameters} map of the POM, overridden by
 * {@code -Dlambda-lint.parameters=Name=value;Other=value}. Pairs are separated by {@code ;}
 * because values of list parameters hold commas ({@code PrivateSubnets=subnet-1,subnet-2}).
 */
final class TemplateParameters {

    private TemplateParameters() {
    }

    static Map<String, String> merge(Map<String, String> configured, String pairs) throws MojoExecutionException {
        Map<String, String> values = new LinkedHashMap<>();
        if (configured != null) {
            configured.forEach((name, value) -> values.put(name, value == null ? "" : value));
        }
        if (pairs == null || pairs.isBlank()) {
            return values;
        }
        for (String pair : pairs.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? "" : pair.substring(0, equals).strip();
            if (name.isEmpty()) {
                throw new MojoExecutionException("Invalid lambda-lint template parameter '" + pair.strip()
                        + "' (property lambda-lint.parameters): write Name=value pairs separated by ';', as in "
                        + "-Dlambda-lint.parameters=Stage=prod;PrivateSubnets=subnet-1,subnet-2");
            }
            values.put(name, pair.substring(equals + 1).strip());
        }
        return values;
    }
}
