package io.github.lambdalint.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user told us about the deployment: the region (which also fixes the partition),
 * parameter values that replace a parameter's reference, and the account's Lambda concurrency
 * quota in that region.
 */
public record Deployment(Optional<String> region, Map<String, String> parameters, OptionalInt accountConcurrency) {

    public static final Deployment UNKNOWN = new Deployment(Optional.empty(), Map.of());

    /** AWS's default quota of concurrent executions per account and region. */
    public static final int DEFAULT_ACCOUNT_CONCURRENCY = 1000;

    public Deployment {
        parameters = Map.copyOf(parameters);
    }

    public Deployment(Optional<String> region, Map<String, String> parameters) {
        this(region, parameters, OptionalInt.empty());
    }

    public Deployment withRegion(Optional<String> given) {
        return new Deployment(given, parameters, accountConcurrency);
    }

    public int accountConcurrencyOrDefault() {
        return accountConcurrency.orElse(DEFAULT_ACCOUNT_CONCURRENCY);
    }

    public Optional<String> partition() {
        return region.map(r -> r.startsWith("cn-") ? "aws-cn" : r.startsWith("us-gov-") ? "aws-us-gov" : "aws");
    }

    public Optional<String> urlSuffix() {
        return region.map(r -> r.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
    }
}
