package io.github.lambdalint.model.trigger;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.resolve.Value;

/**
 * How Lambda's event poller reaches the source of an event source mapping, as the template shows it:
 * the Secrets Manager secrets its {@code SourceAccessConfigurations} name (basic, SASL/SCRAM and mTLS
 * authentication, a root CA certificate), the subnets the poller's network interfaces are placed in
 * when the source lives in a VPC, and the mapping's {@code ProvisionedPollerConfig}.
 *
 * @param secrets                 the {@code URI}s of the configurations that name a secret
 * @param subnets                 where the poller's network interfaces go, when the template shows it
 * @param provisionedPollerConfig the mapping's provisioned mode, when it is set
 */
public record SourceAccess(List<Value> secrets, Optional<SourceSubnets> subnets,
                           Optional<Value> provisionedPollerConfig) {

    /** A mapping that names no secret, no subnet and no provisioned mode. */
    public static final SourceAccess NONE = new SourceAccess(List.of(), Optional.empty(), Optional.empty());

    public SourceAccess {
        secrets = List.copyOf(secrets);
    }

    /**
     * The subnets of a VPC source that the poller uses: the source's own ({@code ClientSubnets} of an
     * MSK cluster, {@code SubnetIds} of an Amazon MQ broker, the subnet group of a DocumentDB cluster)
     * or the {@code VPC_SUBNET} entries of a self-managed Kafka mapping.
     *
     * @param subnetIds the subnet ids: a list, or a parameter that gives one
     * @param owner     what the subnets belong to, for messages: "MSK cluster Orders (BrokerNodeGroupInfo.ClientSubnets)"
     */
    public record SourceSubnets(Value subnetIds, String owner) {
    }
}
