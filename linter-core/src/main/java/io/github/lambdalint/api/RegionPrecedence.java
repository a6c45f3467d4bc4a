package io.github.lambdalint.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.config.LintConfig;
import io.github.lambdalint.config.SamConfig;

/**
 * Where {@code AWS::Region} comes from, highest first: the region given to lambda-lint (option or
 * POM), the configuration's {@code region}, the samconfig.toml/yaml beside the template,
 * {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}; otherwise it stays unknown. Every region
 * keeps its source, which findings name (LL401: "us-east-2 from AWS_REGION"). A blank value
 * counts as not given.
 */
final class RegionPrecedence {

    /** A region and where it came from, in words for messages. */
    record Region(String name, String source) {
    }

    static final String GIVEN = "the region given to lambda-lint";

    private final Optional<Region> forEveryTemplate;
    private final Optional<Region> fromEnvironment;

    RegionPrecedence(Optional<String> given, LintConfig config, Map<String, String> environment) {
        this.forEveryTemplate = nonBlank(given).map(r -> new Region(r, GIVEN))
                .or(() -> nonBlank(config.region()).map(r -> new Region(r, "the region of " + config.file())));
        this.fromEnvironment = variable(environment, "AWS_REGION")
                .or(() -> variable(environment, "AWS_DEFAULT_REGION"));
    }

    /**
     * The region for one template; a samconfig file beside it is named as {@code display} shows it,
     * and one that cannot be read goes to {@code unreadable} (it is read only when no region is given).
     */
    Optional<Region> forTemplate(Path template, PathDisplay display, Consumer<SamConfig.Problem> unreadable) {
        if (forEveryTemplate.isPresent()) {
            return forEveryTemplate;
        }
        SamConfig.Lookup lookup = SamConfig.regionBeside(template);
        lookup.problem().ifPresent(unreadable);
        Optional<SamConfig.Region> sam = lookup.region();
        if (sam.isPresent()) {
            return Optional.of(new Region(sam.get().region(), display.of(sam.get().file())));
        }
        return fromEnvironment;
    }

    private static Optional<Region> variable(Map<String, String> environment, String name) {
        return nonBlank(Optional.ofNullable(environment.get(name))).map(r -> new Region(r, name));
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
