package io.github.lambdalint.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.CapacityProvider;
import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Reads the Lambda Managed Instances capacity providers of the template and places the functions
 * that run on them. Property names: CloudFormation's {@code AWS::Lambda::CapacityProvider}
 * ({@code VpcConfig}, {@code PermissionsConfig.CapacityProviderOperatorRoleArn}) and
 * {@code AWS::Lambda::Function} ({@code CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig
 * .CapacityProviderArn}); SAM's {@code AWS::Serverless::CapacityProvider} ({@code VpcConfig},
 * {@code OperatorRole}) and its function's {@code CapacityProviderConfig.Arn}, which SAM turns into the
 * CloudFormation ones (samtranslator/model/capacity_provider/generators.py,
 * sam_resources.py _transform_capacity_provider_config). Without {@code OperatorRole}, SAM generates
 * {@code <Provider>OperatorRole} with the AWS managed policy AWSLambdaManagedEC2ResourceOperator. SAM
 * {@code Globals.CapacityProvider} is merged like {@code Globals.Function}.
 */
final class CapacityProviderReader {

    static final String CLOUDFORMATION = "AWS::Lambda::CapacityProvider";
    static final String SAM = "AWS::Serverless::CapacityProvider";

    /** A provider of the template and its {@code VpcConfig} as written. */
    private record Placed(CapacityProvider provider, Optional<Value> vpcConfig) {
    }

    private final Map<String, Placed> providers = new HashMap<>();

    CapacityProviderReader(LiveResources resources, Map<String, ExecutionRole.TemplateRole> roles) {
        for (Resource resource : resources.ofType(CLOUDFORMATION, SAM)) {
            boolean sam = resource.is(SAM);
            MapNode properties = sam ? SamGlobals.merge(resources.template(), resource, "CapacityProvider")
                    : resource.properties();
            Optional<Value> roleArn = sam ? resources.resolve(properties.get("OperatorRole"))
                    : LiveResources.path(resources.property(resource, "PermissionsConfig"),
                    "CapacityProviderOperatorRoleArn");
            ExecutionRole role = roleArn.map(arn -> FunctionReader.roleOf(arn, roles))
                    .orElseGet(() -> sam ? generatedOperatorRole(resource)
                            : new ExecutionRole.ExternalRole(new Value.Unknown("no operator role",
                            resource.declaration()), "the capacity provider names no operator role"));
            CapacityProvider provider = new CapacityProvider(resource.logicalId(), resource.position(), role,
                    roleArn.map(Value::position).orElse(resource.position()));
            providers.put(resource.logicalId(), new Placed(provider, resources.resolve(properties.get("VpcConfig"))));
        }
    }

    /**
     * The capacity provider a function names in {@code CapacityProviderConfig}, if any: the function
     * runs in the provider's subnets. A provider outside the template places it in subnets not known.
     */
    Optional<VpcAttachment> attachment(Optional<Value> capacityProviderConfig, boolean sam,
                                       Optional<String> functionCondition) {
        Optional<Value> arn = sam ? LiveResources.path(capacityProviderConfig, "Arn")
                : LiveResources.path(capacityProviderConfig, "LambdaManagedInstancesCapacityProviderConfig",
                "CapacityProviderArn");
        if (arn.isEmpty()) {
            return Optional.empty();
        }
        if (arn.get().alternatives().size() == 1) {
            for (Value.ResourceRef ref : arn.get().references().toList()) {
                Placed placed = providers.get(ref.logicalId());
                if (placed != null) {
                    return Optional.of(VpcAttachments.onCapacityProvider(placed.vpcConfig(), functionCondition,
                            placed.provider()));
                }
            }
        }
        return Optional.of(VpcAttachments.onOutsideCapacityProvider(arn.get()));
    }

    private static ExecutionRole generatedOperatorRole(Resource provider) {
        PolicyDocuments.Collector collector = new PolicyDocuments.Collector();
        Value anchor = new Value.Text("arn:aws:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator",
                provider.declaration());
        PolicyDocuments.managed(anchor, collector);
        return new ExecutionRole.GeneratedRole(provider.logicalId(), collector.permissions(),
                TrustPolicies.lambdaOnly(anchor), Optional.empty(), provider.position());
    }
}
