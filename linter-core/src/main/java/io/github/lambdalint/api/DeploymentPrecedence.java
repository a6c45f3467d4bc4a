package io.github.lambdalint.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import io.github.lambdalint.config.ConfigStack;
import io.github.lambdalint.config.LintConfig;
import io.github.lambdalint.config.ParameterOverrides;
import io.github.lambdalint.config.SamConfig;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.Deployment.Fact;
import io.github.lambdalint.resolve.Regions;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * The one place that knows where each template's deployment facts come from, highest first
 * (README.md, "Deployment facts", shows the same table):
 * <ol>
 * <li>what the caller gave: {@code --stack-name}, {@code --region}, {@code --parameter}</li>
 * <li>{@code --parameters-file} (parameters)</li>
 * <li>the first entry of the configuration's {@code stacks:} whose glob matches the template</li>
 * <li>the configuration's {@code region} and {@code parameters}</li>
 * <li>the samconfig file beside the template, for the chosen environment</li>
 * <li>the CDK cloud assembly that lists the template</li>
 * <li>{@code AWS_REGION}, then {@code AWS_DEFAULT_REGION} (region)</li>
 * <li>the AWS snapshot's {@code describe-stacks} entry for the stack name found above, in the snapshot's
 * region: the parameter values the stack is deployed with today (parameters)</li>
 * </ol>
 * Each fact is taken from the highest source that gives it (parameters one by one) and keeps
 * that source's name for messages. A blank value counts as not given.
 */
final class DeploymentPrecedence {

    private final Deployment given;
    private final Deployment fromParametersFile;
    private final LintConfig config;
    private final Map<ConfigStack, FileGlob> stackGlobs = new LinkedHashMap<>();
    private final Deployment configured;
    private final Deployment fromEnvironment;
    private final String samEnvironment;
    private final SamConfigs samConfigs;
    private final PathDisplay display;
    private final Optional<AwsSnapshot> snapshot;

    DeploymentPrecedence(LintRequest request, LintConfig config, Optional<ParameterOverrides> parametersFile,
                         PathDisplay display, Optional<AwsSnapshot> snapshot) {
        this.snapshot = snapshot;
        this.given = new Deployment(nonBlank(request.stackName()).map(n -> new Fact(n, Deployment.GIVEN_STACK_NAME)),
                nonBlank(request.region()).map(r -> new Fact(r, Deployment.GIVEN_REGION)),
                Deployment.facts(request.parameters(), Deployment.GIVEN_PARAMETERS), OptionalInt.empty());
        this.fromParametersFile = parameters(parametersFile.map(ParameterOverrides::values).orElse(Map.of()),
                request.parametersFile().map(display::of).orElse(""));
        this.config = config;
        config.stacks().forEach(stack -> stackGlobs.put(stack, FileGlob.of(stack.templateGlob())));
        this.configured = new Deployment(Optional.empty(),
                nonBlank(config.region()).map(r -> new Fact(r, "the region of " + config.file())),
                Deployment.facts(config.parameters(), "the parameters of " + config.file()), config.accountConcurrency());
        this.fromEnvironment = new Deployment(Optional.empty(), variable(request.environment(), "AWS_REGION")
                .or(() -> variable(request.environment(), "AWS_DEFAULT_REGION")), Map.of(), OptionalInt.empty());
        this.samEnvironment = request.samEnvironment();
        this.samConfigs = new SamConfigs(samEnvironment);
        this.display = display;
    }

    /**
     * One template's facts, and the sources of their own.
     *
     * @param deployment what the template is linted with
     * @param ownSources the facts that sources of this one template give (its {@code stacks:} entry, samconfig
     *                   file, cloud assembly), each named by the highest of them: a parameter they give that the
     *                   template does not declare is a mistake of that source. (The configuration's own
     *                   {@code parameters} may be meant for other templates, and the caller's are checked
     *                   against the whole run.)
     * @param warnings   about the samconfig file: pieces of its parameter_overrides that are not
     *                   Key=Value, no tables of the environment asked for
     */
    record TemplateFacts(Deployment deployment, Deployment ownSources, List<String> warnings) {
    }

    /**
     * @param fromAssembly what the CDK cloud assembly that lists the template says, if one does
     * @param unreadable   told about a samconfig file beside the template that exists but cannot be read, once a
     *                     run however many templates sit beside it
     */
    TemplateFacts forTemplate(Path template, Deployment fromAssembly, Consumer<SamConfig.Problem> unreadable) {
        Deployment stack = configuredStack(template);
        Deployment higher = given.orElse(fromParametersFile).orElse(stack).orElse(configured);
        // Parameters could always come from a samconfig file; a broken one is reported only when it
        // would have been asked for the region or the stack name too.
        if (higher.regionFact().isEmpty() || higher.stackNameFact().isEmpty()) {
            samConfigs.unreportedProblem(template).ifPresent(unreadable);
        }
        Optional<SamConfig.Deploy> sam = samConfigs.beside(template).deploy();
        Deployment beside = sam.map(this::besideTemplate).orElse(Deployment.UNKNOWN);
        List<String> warnings = new ArrayList<>();
        sam.ifPresent(s -> {
            s.parameters().malformed().forEach(piece -> warnings.add(display.of(s.file())
                    + ": parameter_overrides holds '" + piece + "', which is not Key=Value; it is ignored"));
            if (!s.hasEnvironment() && !samEnvironment.equals(SamConfig.DEFAULT_ENVIRONMENT)) {
                warnings.add(display.of(s.file()) + " has no tables of the environment " + samEnvironment
                        + " (--config-env); nothing is read from it");
            }
        });
        Deployment deployment = higher.orElse(beside).orElse(fromAssembly).orElse(fromEnvironment);
        deployment = deployment.orElse(deployedParameters(deployment));
        return new TemplateFacts(deployment, stack.orElse(beside).orElse(fromAssembly), warnings);
    }

    /**
     * What is wrong with the region a template would be linted with, when it is no AWS Region: a
     * typo in a samconfig file or in {@code AWS_REGION} stops the run as {@code --region} does, rather
     * than silently give {@code AWS::Region} and the partition a value no deployment can have.
     */
    static Optional<String> unknownRegion(Fact region) {
        return Regions.exists(region.value()) ? Optional.empty() : Optional.of(region.source() + " gives the region '"
                + region.value() + "', which is not an AWS Region; the Regions are " + String.join(", ", Regions.all()));
    }

    /**
     * The parameter values the AWS snapshot shows the template's stack deployed with; none when the stack
     * name is not known or the snapshot is of another region. Not one of the template's own sources: a
     * parameter the template no longer declares is no mistake of the user's.
     */
    private Deployment deployedParameters(Deployment deployment) {
        Optional<AwsSnapshot.DeployedStack> deployed = snapshot
                .filter(s -> deployment.region().isEmpty() || s.region().isEmpty() || s.region().equals(deployment.region()))
                .flatMap(s -> deployment.stackName().map(s.stacks()::get));
        if (deployed.isEmpty()) {
            return Deployment.UNKNOWN;
        }
        Map<String, Fact> facts = new LinkedHashMap<>();
        deployed.get().parameters().values().forEach(p -> facts.put(p.key(), new Fact(p.value(),
                "the AWS snapshot (" + p.place() + ")")));
        return new Deployment(Optional.empty(), Optional.empty(), facts, OptionalInt.empty());
    }

    /** The facts of the configuration's first {@code stacks:} entry that matches the template. */
    private Deployment configuredStack(Path template) {
        String shown = display.of(template);
        return stackGlobs.entrySet().stream().filter(e -> e.getValue().matches(shown)).findFirst()
                .map(e -> configuredStack(e.getKey())).orElse(Deployment.UNKNOWN);
    }

    private Deployment configuredStack(ConfigStack stack) {
        String source = "the stacks entry of " + config.file() + ":" + stack.position().line();
        return new Deployment(nonBlank(stack.name()).map(n -> new Fact(n, source)),
                nonBlank(stack.region()).map(r -> new Fact(r, source)), Deployment.facts(stack.parameters(), source),
                OptionalInt.empty());
    }

    private Deployment besideTemplate(SamConfig.Deploy sam) {
        String source = display.of(sam.file());
        return new Deployment(nonBlank(sam.stackName()).map(n -> new Fact(n, source)),
                nonBlank(sam.region()).map(r -> new Fact(r, source)), Deployment.facts(sam.parameters().values(), source),
                OptionalInt.empty());
    }

    private static Deployment parameters(Map<String, String> values, String source) {
        return new Deployment(Optional.empty(), Optional.empty(), Deployment.facts(values, source), OptionalInt.empty());
    }

    private static Optional<Fact> variable(Map<String, String> environment, String name) {
        return nonBlank(Optional.ofNullable(environment.get(name))).map(r -> new Fact(r, name));
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
