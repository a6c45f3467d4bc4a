package io.github.lambdalint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.github.lambdalint.model.network.NetworkContext;

/**
 * A validated {@code .lambda-lint.yml}. {@code file} is the path shown in messages; {@code failOn}
 * is one of the labels the schema allows ({@code error}, {@code warning}, {@code note}, {@code never});
 * {@code stacks} are in the file's order, the first that matches a template applying to it;
 * {@code awsSnapshot} is the snapshot folder it names, resolved against the file's folder.
 */
public record LintConfig(String file, Optional<String> region, Optional<String> failOn, OptionalInt accountConcurrency,
                         RuleLevels ruleLevels, Map<String, String> parameters, NetworkContext network,
                         List<ConfigSuppression> suppressions, List<ConfigStack> stacks, Optional<Path> awsSnapshot) {

    public static final LintConfig NONE = new LintConfig("", Optional.empty(), Optional.empty(), OptionalInt.empty(),
            RuleLevels.DEFAULTS, Map.of(), NetworkContext.EMPTY, List.of(), List.of(), Optional.empty());

    public LintConfig(String file, Optional<String> region, Optional<String> failOn, OptionalInt accountConcurrency,
                      RuleLevels ruleLevels, Map<String, String> parameters, NetworkContext network,
                      List<ConfigSuppression> suppressions, List<ConfigStack> stacks) {
        this(file, region, failOn, accountConcurrency, ruleLevels, parameters, network, suppressions, stacks,
                Optional.empty());
    }

    public LintConfig {
        parameters = Map.copyOf(parameters);
        suppressions = List.copyOf(suppressions);
        stacks = List.copyOf(stacks);
    }
}
