package io.github.lambdalint.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The deployment facts of one template: the name of its stack ({@code AWS::StackName}, and what
 * {@code Fn::GetStackOutput} of another template names it by), the region (which also fixes the
 * partition), parameter values that replace a parameter's reference, and the account's Lambda
 * concurrency quota in that region. Each fact keeps where it came from ({@link Fact#source()}),
 * which messages name ("us-east-2 from AWS_REGION"); the engine decides which source wins
 * ({@code api.DeploymentPrecedence}, the README's "Deployment facts" table).
 */
public record Deployment(Optional<Fact> stackNameFact, Optional<Fact> regionFact, Map<String, Fact> parameterFacts,
                         OptionalInt accountConcurrency) {

    /** A value and where it came from, in words for messages: "app/samconfig.toml", "AWS_REGION". */
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
        parameterFacts = Map.copyOf(parameterFacts);
    }

    /** A region and parameter values given directly, with no stack name. */
    public Deployment(Optional<String> region, Map<String, String> parameters) {
        this(Optional.empty(), region.map(r -> new Fact(r, GIVEN_REGION)), facts(parameters, GIVEN_PARAMETERS),
                OptionalInt.empty());
    }

    /** Each value with the same source. */
    public static Map<String, Fact> facts(Map<String, String> values, String source) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        values.forEach((name, value) -> facts.put(name, new Fact(value, source)));
        return facts;
    }

    /** These facts, with those they lack taken from {@code lower} (parameter by parameter). */
    public Deployment orElse(Deployment lower) {
        Map<String, Fact> merged = new HashMap<>(lower.parameterFacts);
        merged.putAll(parameterFacts);
        return new Deployment(stackNameFact.or(lower::stackNameFact), regionFact.or(lower::regionFact), merged,
                accountConcurrency.isPresent() ? accountConcurrency : lower.accountConcurrency);
    }

    /** These facts with the stack's name given directly; a blank name counts as none. */
    public Deployment withStackName(Optional<String> given) {
        return new Deployment(given.map(String::strip).filter(n -> !n.isEmpty()).map(n -> new Fact(n, GIVEN_STACK_NAME)),
                regionFact, parameterFacts, accountConcurrency);
    }

    /** These facts with other parameter values: a nested stack's, as its parent passes them. */
    public Deployment withParameters(Map<String, String> given, String source) {
        return new Deployment(stackNameFact, regionFact, facts(given, source), accountConcurrency);
    }

    public Optional<String> stackName() {
        return stackNameFact.map(Fact::value);
    }

    public Optional<String> region() {
        return regionFact.map(Fact::value);
    }

    /** Where the region came from, for messages; empty when there is none. */
    public String regionSource() {
        return regionFact.map(Fact::source).orElse("");
    }

    /** The parameter values by name. */
    public Map<String, String> parameters() {
        Map<String, String> values = new HashMap<>();
        parameterFacts.forEach((name, fact) -> values.put(name, fact.value()));
        return values;
    }

    public int accountConcurrencyOrDefault() {
        return accountConcurrency.orElse(DEFAULT_ACCOUNT_CONCURRENCY);
    }

    /**
     * The partition of the region, from the one table of Regions; a region the table does not know yet
     * (opened after it was written) is read by its prefix, as before the table existed.
     */
    public Optional<String> partition() {
        return region().map(r -> Regions.partition(r)
                .orElse(r.startsWith("cn-") ? "aws-cn" : r.startsWith("us-gov-") ? "aws-us-gov" : "aws"));
    }

    public Optional<String> urlSuffix() {
        return region().map(r -> r.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
    }
}
