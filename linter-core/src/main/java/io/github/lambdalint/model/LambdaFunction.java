package io.github.lambdalint.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * A Lambda function of the template, plain ({@code AWS::Lambda::Function}) or SAM
 * ({@code AWS::Serverless::Function}, with {@code Globals.Function} merged the way SAM merges
 * them). Property values keep their positions; an absent property is an empty optional, and
 * the AWS default applies.
 */
public record LambdaFunction(String logicalId, Kind kind, Position position, Optional<String> condition,
                             Optional<Value> functionName, Optional<Value> runtime, Optional<Value> architectures,
                             Optional<Value> memorySize, Optional<Value> timeout, Optional<Value> packageType,
                             Optional<Value> layers, Optional<Value> environment, VpcAttachment vpcAttachment,
                             ExecutionRole role, Optional<DeadLetterQueue> deadLetterQueue,
                             List<AsyncInvokeConfig> asyncInvokeConfigs, Optional<Value> reservedConcurrency,
                             Optional<Value> provisionedConcurrency, Optional<Value> autoPublishAlias,
                             Map<String, Position> propertyPositions, Map<String, Value> properties) {

    /** Lambda's default timeout when {@code Timeout} is not set, in seconds. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 3;
    /** Lambda's default memory when {@code MemorySize} is not set, in MB. */
    public static final long DEFAULT_MEMORY_MB = 128;

    public enum Kind {
        CLOUDFORMATION("AWS::Lambda::Function"),
        SAM("AWS::Serverless::Function");

        private final String resourceType;

        Kind(String resourceType) {
            this.resourceType = resourceType;
        }

        public String resourceType() {
            return resourceType;
        }
    }

    public LambdaFunction {
        asyncInvokeConfigs = List.copyOf(asyncInvokeConfigs);
        propertyPositions = Map.copyOf(propertyPositions);
        properties = Map.copyOf(properties);
    }

    /**
     * Any property as written (SAM {@code Globals} merged, intrinsics resolved, {@code AWS::NoValue}
     * left out), for the properties that have no component of their own
     * ({@code RuntimeManagementConfig}, {@code EphemeralStorage}, {@code Tracing}, ...).
     */
    public Optional<Value> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** Where a property's key is written (in the function or in Globals); the function's id otherwise. */
    public Position positionOf(String property) {
        return propertyPositions.getOrDefault(property, position);
    }

    /** The environment variables written out in the template (empty when they are not known). */
    public Map<String, Value> environmentVariables() {
        return environment.flatMap(Value::asMap)
                .flatMap(env -> env.get("Variables"))
                .flatMap(Value::asMap)
                .map(Value.MapValue::entries)
                .orElse(Map.of());
    }
}
