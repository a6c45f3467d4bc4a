package io.github.lambdalint.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user told us about the deployment: the region (which also fixes the partition),
 * parameter values that replace a parameter's reference, and the account's Lambda concurrency
 * quota in that region. {@code regionSource} says where the region came from, for messages.
 */
public record Deployment(Optional<String> region, Map<String, String> parameters, OptionalInt accountConcurrency,
                         String regionSource) {

    public static final Deployment UNKNOWN = new Deployment(Optional.empty(), Map.of());

    /** AWS's default quota of concurrent executions per account and region. */
    public static final int DEFAULT_ACCOUNT_CONCURRENCY = 1000;

    public Deployment {
        parameters = Map.copyOf(parameters);
    }

    public Deployment(Optional<String> region, Map<String, String> parameters) {
        this(region, parameters, OptionalInt.empty());
    }

    public Deployment(Optional<String> region, Map<String, String> parameters, OptionalInt accountConcurrency) {
        this(region, parameters, accountConcurrency, region.isPresent() ? "the region given to lambda-lint" : "");
    }

    /** The region and, for messages, where it came from ("edge/samconfig.toml", "AWS_REGION"). */
    public Deployment withRegion(Optional<String> given, String source) {
        return new Deployment(given, parameters, accountConcurrency, given.isPresent() ? source : "");
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
