package io.github.lambdalint.model;

import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.parse.Position;

/**
 * A Lambda Managed Instances capacity provider of the template ({@code AWS::Lambda::CapacityProvider},
 * or {@code AWS::Serverless::CapacityProvider} before SAM turns it into one). The functions that name it
 * in {@code CapacityProviderConfig} run on its instances, in its subnets; Lambda launches those instances
 * and their network interfaces with the provider's operator role, not with a function's execution role.
 *
 * @param name its logical id, or, for a provider outside the template, the ARN the function names (or
 *             "from outside the template" when that is not literal)
 * @param operatorRole {@code PermissionsConfig.CapacityProviderOperatorRoleArn} (SAM: {@code OperatorRole},
 *                     or the role SAM generates when it is left out)
 * @param name its logical id, or, for a provider outside the template, the ARN the function names (or
 *             "from outside the template" when that is not literal)
 * @param operatorRolePosition where the provider names its operator role (the provider itself when SAM
 *                             generates it; the function's ARN for a provider outside the template, whose
 *                             operator role is an {@link ExecutionRole.ExternalRole})
 */
public record CapacityProvider(String name, Position position, ExecutionRole operatorRole,
                               Position operatorRolePosition) {
}
