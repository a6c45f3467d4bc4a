package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.AsyncInvokeConfig;
import io.github.lambdalint.model.DeadLetterQueue;
import io.github.lambdalint.model.FunctionReferences;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/** Reads {@code AWS::Lambda::Function} and {@code AWS::Serverless::Function} resources. */
final class FunctionReader {

    private final LiveResources resources;
    private final Map<String, ExecutionRole.TemplateRole> roles;
    private final FunctionIndex index;
    private final List<Trigger> triggers;

    FunctionReader(LiveResources resources, Map<String, ExecutionRole.TemplateRole> roles, FunctionIndex index,
                   List<Trigger> triggers) {
        this.resources = resources;
        this.roles = roles;
        this.index = index;
        this.triggers = triggers;
    }

    List<LambdaFunction> read() {
        List<LambdaFunction> functions = new ArrayList<>();
        LambdaServicePermissions.Shared shared = new LambdaServicePermissions.Shared();
        // Grouped once: looking them up per function would scan every trigger and config per function.
        Map<String, List<AsyncInvokeConfig>> asyncByFunction = new HashMap<>();
        asyncInvokeConfigResources().forEach(c -> asyncByFunction.computeIfAbsent(c.functionId(),
                k -> new ArrayList<>()).add(c.config()));
        Map<String, List<Trigger>> triggersByFunction = new HashMap<>();
        triggers.forEach(t -> triggersByFunction.computeIfAbsent(t.functionLogicalId(), k -> new ArrayList<>()).add(t));
        Map<String, Value> provisioned = provisionedConcurrencyOfVersions();
        CapacityProviderReader capacityProviders = new CapacityProviderReader(resources, roles);
        for (Resource resource : resources.ofType(FunctionReferences.FUNCTION_TYPES.toArray(String[]::new))) {
            boolean sam = resource.is("AWS::Serverless::Function");
            MapNode propertiesNode = resources.functionProperties(resource);
            Properties properties = new Properties(propertiesNode);

            Optional<Value> vpc = properties.get("VpcConfig");
            ExecutionRole role = properties.get("Role").map(r -> roleOf(r, roles))
                    .orElseGet(() -> sam ? new GeneratedRoles(resources).of(resource, properties::get)
                            : new ExecutionRole.ExternalRole(new Value.Unknown("no Role", resource.declaration()),
                            "the function has no Role"));

            List<AsyncInvokeConfig> async = new ArrayList<>(asyncByFunction.getOrDefault(resource.logicalId(), List.of()));
            if (sam) {
                Optional<Value> alias = properties.get("AutoPublishAlias");
                properties.get("EventInvokeConfig").ifPresent(config -> async.add(samInvokeConfig(config, alias)));
            }
            Optional<DeadLetterQueue> dlq = properties.get(sam ? "DeadLetterQueue" : "DeadLetterConfig")
                    .flatMap(FunctionReader::deadLetterTarget)
                    .map(arn -> new DeadLetterQueue(arn, arn.position()));
            role = LambdaServicePermissions.of(role, dlq, async,
                    triggersByFunction.getOrDefault(resource.logicalId(), List.of()), resources, shared);

            Optional<Value> provisionedConcurrency = sam
                    ? LiveResources.path(properties.get("ProvisionedConcurrencyConfig"),
                    "ProvisionedConcurrentExecutions")
                    : Optional.ofNullable(provisioned.get(resource.logicalId()));

            Map<String, Position> propertyPositions = new HashMap<>();
            Map<String, Value> allProperties = new HashMap<>();
            propertiesNode.entries().forEach(e -> {
                propertyPositions.put(e.name(), e.key().position());
                properties.get(e.name()).ifPresent(v -> allProperties.put(e.name(), v));
            });
            Optional<String> condition = resources.undecidedCondition(resource);
            VpcAttachment attachment = capacityProviders.attachment(properties.get("CapacityProviderConfig"), sam,
                    condition).orElseGet(() -> VpcAttachments.of(vpc, condition));
            functions.add(new LambdaFunction(resource.logicalId(),
                    sam ? LambdaFunction.Kind.SAM : LambdaFunction.Kind.CLOUDFORMATION, resource.position(),
                    condition, properties.get("FunctionName"),
                    properties.get("Runtime"), properties.get("Architectures"), properties.get("MemorySize"),
                    properties.get("Timeout"), properties.get("PackageType"), properties.get("Layers"),
                    properties.get("Environment"), attachment, role, dlq, async,
                    properties.get("ReservedConcurrentExecutions"), provisionedConcurrency,
                    sam ? properties.get("AutoPublishAlias") : Optional.empty(), propertyPositions,
                    allProperties));
        }
        return functions;
    }

    /** Resolves properties of one (merged) property node. */
    private final class Properties {
        private final MapNode node;

        Properties(MapNode node) {
            this.node = node;
        }

        Optional<Value> get(String name) {
            return resources.resolve(node.get(name));
        }
    }

    /** The role a function (or a capacity provider) names: one of the template's, or one from outside. */
    static ExecutionRole roleOf(Value role, Map<String, ExecutionRole.TemplateRole> roles) {
        for (Value.ResourceRef ref : role.references().toList()) {
            ExecutionRole.TemplateRole templateRole = roles.get(ref.logicalId());
            if (templateRole != null && role.alternatives().size() == 1) {
                return templateRole;
            }
        }
        if (role instanceof Value.Choice choice) {
            return new ExecutionRole.ExternalRole(role, "the role depends on condition " + choice.condition());
        }
        if (role instanceof Value.ParameterRef parameter) {
            return new ExecutionRole.ExternalRole(role, "the role comes from parameter " + parameter.name());
        }
        if (role.asText().isPresent()) {
            return new ExecutionRole.ExternalRole(role, "the role " + role.asText().get() + " is outside the template");
        }
        return new ExecutionRole.ExternalRole(role, "the role is not known statically");
    }

    /**
     * The dead-letter target: {@code TargetArn} of the block, or the block itself when it is not
     * written out as a mapping (a condition or parameter may well name a target).
     */
    private static Optional<Value> deadLetterTarget(Value block) {
        if (block.asMap().isEmpty()) {
            return Optional.of(block);
        }
        return LiveResources.path(Optional.of(block), "TargetArn");
    }

    /**
     * SAM's {@code EventInvokeConfig} becomes {@code <Fn>EventInvokeConfig} with {@code Qualifier}
     * the AutoPublishAlias name, or {@code $LATEST} without one (sam_resources.py,
     * _construct_event_invoke_config; tests function_with_event_dest, function_with_event_dest_basic).
     */
    private static AsyncInvokeConfig samInvokeConfig(Value config, Optional<Value> alias) {
        Optional<Value> destination = config.asMap().isEmpty() ? Optional.of(config)
                : Destinations.onFailure(LiveResources.path(Optional.of(config), "DestinationConfig"), true);
        // SAM creates the queue or topic itself when OnSuccess names only its Type, as for OnFailure.
        Optional<Value> onSuccess = LiveResources.path(Optional.of(config), "DestinationConfig", "OnSuccess");
        Value qualifier = alias.orElseGet(() -> new Value.Text(Trigger.LATEST, config.source()));
        return new AsyncInvokeConfig(Optional.empty(), Optional.of(qualifier), destination,
                LiveResources.path(Optional.of(config), "MaximumRetryAttempts"), config.position(),
                LiveResources.path(onSuccess, "Destination").or(() -> onSuccess),
                LiveResources.path(Optional.of(config), "MaximumEventAgeInSeconds"));
    }

    private record AsyncConfigEntry(String functionId, AsyncInvokeConfig config) {
    }

    private List<AsyncConfigEntry> asyncInvokeConfigResources() {
        List<AsyncConfigEntry> configs = new ArrayList<>();
        for (Resource resource : resources.ofType("AWS::Lambda::EventInvokeConfig")) {
            Optional<String> function = resources.property(resource, "FunctionName").flatMap(index::functionOf);
            if (function.isEmpty()) {
                continue;
            }
            Optional<Value> destination = Destinations.onFailure(resources.property(resource, "DestinationConfig"),
                    false);
            Optional<Value> onSuccess = LiveResources.path(resources.property(resource, "DestinationConfig"),
                    "OnSuccess", "Destination");
            configs.add(new AsyncConfigEntry(function.get(), new AsyncInvokeConfig(Optional.of(resource.logicalId()),
                    resources.property(resource, "Qualifier"), destination,
                    resources.property(resource, "MaximumRetryAttempts"), resource.position(), onSuccess,
                    resources.property(resource, "MaximumEventAgeInSeconds"))));
        }
        return configs;
    }

    /** CloudFormation sets provisioned concurrency on a version or alias, not on the function. */
    private Map<String, Value> provisionedConcurrencyOfVersions() {
        Map<String, Value> byFunction = new HashMap<>();
        for (Resource resource : resources.ofType("AWS::Lambda::Version", "AWS::Lambda::Alias")) {
            Optional<Value> executions = LiveResources.path(
                    resources.property(resource, "ProvisionedConcurrencyConfig"), "ProvisionedConcurrentExecutions");
            Optional<String> function = resources.property(resource, "FunctionName").flatMap(index::functionOf);
            if (executions.isPresent() && function.isPresent()) {
                byFunction.putIfAbsent(function.get(), executions.get());
            }
        }
        return byFunction;
    }
}
