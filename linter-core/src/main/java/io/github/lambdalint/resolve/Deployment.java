package io.github.lambdalint.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user told us about the deployment of one template: the region (which also fixes the
 * partition), parameter values that replace a parameter's reference, the account's Lambda
 * concurrency quota in that region, and the stack's name ({@code AWS::StackName}, and what
 * {@code Fn::GetStackOutput} of another template of the run names it by). {@code regionSource}
 * says where the region came from, for messages.
 */
public record Deployment(Optional<String> region, Map<String, String> parameters, OptionalInt accountConcurrency,
                         String regionSource, Optional<String> stackName) {

    public static final Deployment UNKNOWN = new Deployment(Optional.empty(), Map.of());

    /** AWS's default quota of concurrent executions per account and region. */
    public static final int DEFAULT_ACCOUNT_CONCURRENCY = 1000;

    public Deployment {
        parameters = Map.copyOf(parameters);
    }

    public Deployment(Optional<String> region, Map<String, String> parameters, OptionalInt accountConcurrency,
                      String regionSource) {
        this(region, parameters, accountConcurrency, regionSource, Optional.empty());
    }

    public Deployment(Optional<String> region, Map<String, String> parameters) {
        this(region, parameters, OptionalInt.empty());
    }

    public Deployment(Optional<String> region, Map<String, String> parameters, OptionalInt accountConcurrency) {
        this(region, parameters, accountConcurrency, region.isPresent() ? "the region given to lambda-lint" : "");
    }

    /** The region and, for messages, where it came from ("edge/samconfig.toml", "AWS_REGION"). */
    public Deployment withRegion(Optional<String> given, String source) {
        return new Deployment(given, parameters, accountConcurrency, given.isPresent() ? source : "", stackName);
    }

    /** The stack's name, when the user gave one; a blank name counts as none. */
    public Deployment withStackName(Optional<String> given) {
        return new Deployment(region, parameters, accountConcurrency, regionSource,
                given.map(String::strip).filter(n -> !n.isEmpty()));
    }

    /** These facts with other parameter values (a nested stack's, given by its parent). */
    public Deployment withParameters(Map<String, String> given) {
        return new Deployment(region, given, accountConcurrency, regionSource, stackName);
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
