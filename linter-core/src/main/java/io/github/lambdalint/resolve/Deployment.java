package io.github.lambdalint.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The deployment facts of one template: the name of its stack, the region (which also fixes the
 * partition), parameter values that replace a parameter's reference, and the account's Lambda
 * concurrency quota in that region. Each fact keeps where it came from, which messages name
 * ("us-east-2 from AWS_REGION"); the engine decides which source wins (DeploymentPrecedence).
 */
public record Deployment(Optional<Fact> stackName, Optional<Fact> region, Map<String, Fact> parameters,
                         OptionalInt accountConcurrency) {

    /** A value and where it came from, in words for messages: "samconfig.toml", "--stack-name". */
    public record Fact(String value, String source) {
    }

    /** How facts given directly to lambda-lint (its options, the Maven plugin's parameters) are named. */
    public static final String GIVEN_STACK_NAME = "the stack name given to lambda-lint";
    public static final String GIVEN_REGION = "the region given to lambda-lint";
    public static final String GIVEN_PARAMETERS = "the parameters given to lambda-lint";

    public static final Deployment UNKNOWN = new Deployment(Optional.empty(), Optional.empty(), Map.of(),
            OptionalInt.empty());

    /** AWS's default quota of concurrent executions per account and region. */
    public static final int DEFAULT_ACCOUNT_CONCURRENCY = 1000;

    public Deployment {
        parameters = Map.copyOf(parameters);
    }

    /** A region and parameter values given directly, with no stack name. */
    public Deployment(Optional<String> region, Map<String, String> parameters) {
        this(Optional.empty(), region.map(r -> new Fact(r, GIVEN_REGION)), parameters.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Fact(e.getValue(), GIVEN_PARAMETERS))),
                OptionalInt.empty());
    }

    /** These facts, with those they lack taken from {@code lower} (parameter by parameter). */
    public Deployment orElse(Deployment lower) {
        Map<String, Fact> merged = new HashMap<>(lower.parameters);
        merged.putAll(parameters);
        return new Deployment(stackName.or(lower::stackName), region.or(lower::region), merged,
                accountConcurrency.isPresent() ? accountConcurrency : lower.accountConcurrency);
    }

    public Optional<String> regionName() {
        return region.map(Fact::value);
    }

    public Optional<String> parameterValue(String name) {
        return Optional.ofNullable(parameters.get(name)).map(Fact::value);
    }

    public int accountConcurrencyOrDefault() {
        return accountConcurrency.orElse(DEFAULT_ACCOUNT_CONCURRENCY);
    }

    public Optional<String> partition() {
        return regionName().map(r -> r.startsWith("cn-") ? "aws-cn" : r.startsWith("us-gov-") ? "aws-us-gov" : "aws");
    }

    public Optional<String> urlSuffix() {
        return regionName().map(r -> r.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
    }
}
