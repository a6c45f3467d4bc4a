package io.github.lambdalint.resolve;

import java.util.Map;
import java.util.Optional;

/**
 * What the user told us about the deployment: the region (which also fixes the partition) and
 * parameter values that replace a parameter's reference.
 */
public record Deployment(Optional<String> region, Map<String, String> parameters) {

    public static final Deployment UNKNOWN = new Deployment(Optional.empty(), Map.of());

    public Deployment {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> partition() {
        return region.map(r -> r.startsWith("cn-") ? "aws-cn" : r.startsWith("us-gov-") ? "aws-us-gov" : "aws");
    }

    public Optional<String> urlSuffix() {
        return region.map(r -> r.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
    }
}
