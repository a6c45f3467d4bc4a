package io.github.lambdalint.rules.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.edge.EdgeAssociation;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.rules.vpc.Attachments;

/**
 * LL402: a Lambda@Edge function configured with something Lambda@Edge does not support, or
 * associated by something other than a numbered version. One finding per violated constraint,
 * each at the property that violates it (the association's ARN for version problems). Only what
 * the CloudFront Developer Guide lists today is checked (docs/rules/LL402.md names the sources).
 */
public final class EdgeFunctionUsesUnsupportedFeature implements Rule {

    static final RuleInfo INFO = new RuleInfo("LL402", "EdgeFunctionUsesUnsupportedFeature", Level.ERROR,
            "Lambda@Edge function using a feature or a setting that Lambda@Edge does not support (VPC, environment "
                    + "variables, layers, arm64, size and time limits, $LATEST or an alias).",
            "A function associated with a CloudFront distribution runs as Lambda@Edge, which supports only part "
                    + "of Lambda: no VPC access, no environment variables, no layers, no provisioned concurrency, "
                    + "only Node.js and Python runtimes on x86_64, no container images, ephemeral storage up to "
                    + "512 MB, automatic runtime updates; viewer events allow at most 128 MB and 5 seconds, origin "
                    + "events at most 30 seconds; and CloudFront must be given a numbered version, never $LATEST, "
                    + "an alias or the unqualified function ARN. CloudFront refuses the association otherwise.",
            List.of("correctness", "cloudfront", "lambda-edge", "lambda"), "very-high");

    static final long VIEWER_MAX_MEMORY_MB = 128;
    static final long VIEWER_MAX_TIMEOUT_SECONDS = 5;
    static final long ORIGIN_MAX_TIMEOUT_SECONDS = 30;
    static final long MAX_EPHEMERAL_STORAGE_MB = 512;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        for (EdgeFunctions.EdgeFunction edge : EdgeFunctions.of(model)) {
            checkFunction(edge, report);
        }
        for (EdgeAssociation association : model.edgeAssociations()) {
            checkVersion(model, association, report);
        }
    }

    private static void checkFunction(EdgeFunctions.EdgeFunction edge, Consumer<Violation> report) {
        LambdaFunction function = edge.function();
        String id = function.logicalId();
        String edgeFunction = "Lambda@Edge function " + id;
        List<Evidence> used = edge.associationEvidence();

        function.vpcAttachment().attached().ifPresent(attachment -> {
            String message = edgeFunction + " has a VpcConfig, but Lambda@Edge functions cannot be connected to a"
                    + " VPC; remove it.";
            report.accept(attachment.conditional()
                    ? Attachments.note(function, attachment, function.positionOf("VpcConfig"), message, used)
                    : edge.violation(function.positionOf("VpcConfig"), id, message, used));
        });

        Map<String, Value> variables = function.environmentVariables();
        if (!variables.isEmpty()) {
            report.accept(edge.violation(function.positionOf("Environment"), id, edgeFunction
                    + " sets environment variables (" + String.join(", ", variables.keySet())
                    + "), but Lambda@Edge does not support them; put the values in the code or read them at run "
                    + "time.", used));
        } else {
            underCondition(function.property("Environment"), EdgeFunctionUsesUnsupportedFeature::hasVariables)
                    .ifPresent(condition -> report.accept(Violation.uncertain(function.positionOf("Environment"), id,
                            edgeFunction + " sets environment variables when condition " + condition + " holds, but "
                                    + "Lambda@Edge does not support them.", used)));
        }

        Optional<List<Value>> layers = function.layers().flatMap(Value::asList).filter(l -> !l.isEmpty());
        if (layers.isPresent()) {
            report.accept(edge.violation(function.positionOf("Layers"), id, edgeFunction + " uses "
                    + layers.get().size() + (layers.get().size() == 1 ? " layer" : " layers")
                    + ", but Lambda@Edge does not support layers; bundle the code into the deployment package.",
                    used));
        } else {
            underCondition(function.layers(), v -> v.asList().filter(l -> !l.isEmpty()).isPresent())
                    .ifPresent(condition -> report.accept(Violation.uncertain(function.positionOf("Layers"), id,
                            edgeFunction + " uses layers when condition " + condition + " holds, but Lambda@Edge "
                                    + "does not support layers.", used)));
        }

        boolean sam = function.kind() == LambdaFunction.Kind.SAM;
        Optional<Value> provisioned = function.provisionedConcurrency()
                .filter(v -> v.asLong().filter(n -> n == 0).isEmpty());
        if (provisioned.isPresent()) {
            report.accept(edge.violation(sam ? function.positionOf("ProvisionedConcurrencyConfig")
                            : provisioned.get().position(), id, edgeFunction + " has provisioned concurrency, but "
                            + "Lambda@Edge does not support it; remove ProvisionedConcurrencyConfig.", used));
        } else if (sam) {
            underCondition(function.property("ProvisionedConcurrencyConfig"),
                    v -> v.asMap().flatMap(m -> m.get("ProvisionedConcurrentExecutions")).isPresent())
                    .ifPresent(condition -> report.accept(Violation.uncertain(
                            function.positionOf("ProvisionedConcurrencyConfig"), id, edgeFunction
                                    + " has provisioned concurrency when condition " + condition + " holds, but "
                                    + "Lambda@Edge does not support it.", used)));
        }

        function.architectures().flatMap(Value::asList).filter(list -> list.stream()
                .anyMatch(a -> a.asText().filter("arm64"::equals).isPresent())).ifPresent(arm ->
                report.accept(edge.violation(function.positionOf("Architectures"), id, edgeFunction
                        + " runs on arm64, but Lambda@Edge supports only the x86_64 architecture.", used)));

        function.runtime().flatMap(Value::asText).filter(r -> !isNodeOrPython(r)).ifPresent(runtime ->
                report.accept(edge.violation(function.positionOf("Runtime"), id, edgeFunction + " uses runtime "
                        + runtime + ", but Lambda@Edge supports only Node.js and Python runtimes.", used)));

        function.packageType().flatMap(Value::asText).filter("Image"::equalsIgnoreCase).ifPresent(image ->
                report.accept(edge.violation(function.positionOf("PackageType"), id, edgeFunction
                        + " is a container image, but Lambda@Edge runs only .zip functions on a Node.js or Python "
                        + "runtime.", used)));

        function.property("RuntimeManagementConfig")
                .flatMap(config -> config.asMap().flatMap(m -> m.get("UpdateRuntimeOn")))
                .flatMap(Value::asText).filter(mode -> !mode.equals("Auto")).ifPresent(mode ->
                        report.accept(edge.violation(function.positionOf("RuntimeManagementConfig"), id, edgeFunction
                                + " sets UpdateRuntimeOn " + mode + ", but Lambda@Edge supports only the default "
                                + "runtime management mode Auto.", used)));

        function.property("EphemeralStorage").flatMap(storage -> storage.asMap().flatMap(m -> m.get("Size")))
                .flatMap(Value::asLong).filter(size -> size > MAX_EPHEMERAL_STORAGE_MB).ifPresent(size ->
                        report.accept(edge.violation(function.positionOf("EphemeralStorage"), id, edgeFunction
                                + " has " + size + " MB of ephemeral storage, but Lambda@Edge allows at most "
                                + MAX_EPHEMERAL_STORAGE_MB + " MB.", used)));

        checkLimits(edge, report);
    }

    /** The condition of an {@code Fn::If} of which some branch violates, when the value is one. */
    private static Optional<String> underCondition(Optional<Value> value, Predicate<Value> violates) {
        if (value.isPresent() && value.get() instanceof Value.Choice choice
                && choice.alternatives().stream().anyMatch(violates)) {
            return Optional.of(choice.condition());
        }
        return Optional.empty();
    }

    private static boolean hasVariables(Value environment) {
        return environment.asMap().flatMap(m -> m.get("Variables")).flatMap(Value::asMap)
                .filter(v -> !v.entries().isEmpty()).isPresent();
    }

    private static boolean isNodeOrPython(String runtime) {
        String name = runtime.toLowerCase(Locale.ROOT);
        return name.startsWith("nodejs") || name.startsWith("python");
    }

    /** Memory and timeout limits, which depend on the event types the function is associated with. */
    private static void checkLimits(EdgeFunctions.EdgeFunction edge, Consumer<Violation> report) {
        LambdaFunction function = edge.function();
        String id = function.logicalId();
        List<EdgeAssociation> viewer = edge.associations().stream().filter(EdgeAssociation::isViewerEvent).toList();
        List<EdgeAssociation> origin = edge.associations().stream().filter(EdgeAssociation::isOriginEvent).toList();

        Optional<Long> memory = function.memorySize().flatMap(Value::asLong);
        if (!viewer.isEmpty() && memory.filter(m -> m > VIEWER_MAX_MEMORY_MB).isPresent()) {
            report.accept(edge.violation(function.positionOf("MemorySize"), id, "Lambda@Edge function " + id
                    + " has MemorySize " + memory.get() + " MB, but functions on viewer events ("
                    + viewer.get(0).describe() + ") may have at most " + VIEWER_MAX_MEMORY_MB + " MB.",
                    evidence(viewer)));
        }

        Optional<Long> timeout = function.timeout().flatMap(Value::asLong);
        if (timeout.isEmpty()) {
            return; // absent: the default of 3 seconds fits every event type
        }
        List<EdgeAssociation> limiting = !viewer.isEmpty() ? viewer : origin;
        long limit = !viewer.isEmpty() ? VIEWER_MAX_TIMEOUT_SECONDS : ORIGIN_MAX_TIMEOUT_SECONDS;
        if (!limiting.isEmpty() && timeout.get() > limit) {
            report.accept(edge.violation(function.positionOf("Timeout"), id, "Lambda@Edge function " + id
                    + " has Timeout " + timeout.get() + " seconds, but functions on " + (viewer.isEmpty() ? "origin"
                    : "viewer") + " events (" + limiting.get(0).describe() + ") may run at most " + limit
                    + " seconds.", evidence(limiting)));
        }
    }

    private static List<Evidence> evidence(List<EdgeAssociation> associations) {
        List<Evidence> evidence = new ArrayList<>();
        for (EdgeAssociation association : associations) {
            evidence.add(Evidence.at(association.arnPosition(),
                    "associated with the " + association.describe()));
        }
        return evidence;
    }

    /** CloudFront takes only the ARN of a numbered version. */
    private static void checkVersion(TemplateModel model, EdgeAssociation association, Consumer<Violation> report) {
        String written = written(association.functionArn());
        String function = association.functionLogicalId().map(id -> "function " + id).orElse("the function");
        String problem = switch (association.qualifier()) {
            case LATEST -> written + " names $LATEST of " + function;
            case ALIAS -> written + " names an alias of " + function;
            case UNQUALIFIED -> written + " names " + function + " without a version";
            case NO_PUBLISHED_VERSION -> written + " names a version of " + function + " that SAM never publishes, "
                    + "because " + association.functionLogicalId().orElse("the function") + " has no AutoPublishAlias";
            default -> null;
        };
        if (problem == null) {
            return;
        }
        String fix = association.functionLogicalId().flatMap(model::function)
                .map(EdgeFunctionUsesUnsupportedFeature::fix)
                .orElse(" give the ARN of a numbered version (ending in :1, :2, ...)");
        report.accept(EdgeFunctions.violation(association, association.distributionLogicalId(),
                "the Lambda@Edge association for the " + association.describe() + " is not a numbered version: "
                        + problem + ", and CloudFront accepts only the ARN of a numbered version;" + fix + ".",
                List.of(Evidence.at(association.arnPosition(), "LambdaFunctionARN is " + written))));
    }

    private static String fix(LambdaFunction function) {
        String id = function.logicalId();
        if (function.kind() == LambdaFunction.Kind.SAM) {
            return function.autoPublishAlias().isPresent() ? " use !Ref " + id + ".Version"
                    : " set AutoPublishAlias on " + id + " and use !Ref " + id + ".Version";
        }
        return " use the !Ref of an AWS::Lambda::Version of " + id;
    }

    /** How the ARN is written, for messages: {@code !GetAtt Fn.Arn}, {@code !Ref FnAlias}, a literal. */
    private static String written(Value arn) {
        if (arn instanceof Value.ResourceRef ref) {
            return ref.attribute().map(a -> a.equals("Version") || a.equals("Alias")
                            ? "!Ref " + ref.logicalId() + "." + a : "!GetAtt " + ref.logicalId() + "." + a)
                    .orElse("!Ref " + ref.logicalId());
        }
        Optional<String> literal = arn.literalText();
        if (literal.isPresent()) {
            return literal.get();
        }
        if (arn instanceof Value.Concat concat) {
            StringBuilder text = new StringBuilder();
            for (Value part : concat.parts()) {
                text.append(part instanceof Value.Text t ? t.text() : "${" + placeholder(part) + "}");
            }
            return text.toString();
        }
        if (arn.source() instanceof MapNode map && map.singleEntry()
                .filter(e -> e.name().equals("Ref") && e.value() instanceof ScalarNode).isPresent()) {
            return "!Ref " + ((ScalarNode) map.singleEntry().get().value()).text(); // a Ref to a SAM-generated id
        }
        return "the ARN";
    }

    private static String placeholder(Value part) {
        if (part instanceof Value.ResourceRef ref) {
            return ref.logicalId() + ref.attribute().map(a -> "." + a).orElse("");
        }
        if (part instanceof Value.ParameterRef parameter) {
            return parameter.name();
        }
        return "...";
    }
}
