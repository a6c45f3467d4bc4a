package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.SourceAccess;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Reads how an event source mapping's poller reaches its source (a SAM poll event's properties, or an
 * {@code AWS::Lambda::EventSourceMapping}'s, which SAM passes through unchanged): the secrets and
 * {@code VPC_SUBNET}s of {@code SourceAccessConfigurations} (Lambda API reference,
 * {@code SourceAccessConfiguration}), {@code ProvisionedPollerConfig}, and the subnets of a source
 * resource of the template that lives in a VPC.
 */
final class SourceAccessReader {

    /** The {@code SourceAccessConfiguration} types whose {@code URI} is a Secrets Manager secret. */
    private static final Set<String> SECRET_TYPES = Set.of("BASIC_AUTH", "SASL_SCRAM_256_AUTH",
            "SASL_SCRAM_512_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE");

    /** A {@code VPC_SUBNET} URI is {@code subnet:<subnet id>}. */
    private static final String SUBNET_PREFIX = "subnet:";

    private final LiveResources resources;

    SourceAccessReader(LiveResources resources) {
        this.resources = resources;
    }

    /**
     * @param source         the source the mapping polls
     * @param eventSourceArn the mapping's {@code EventSourceArn} (a SAM event's {@code Stream}, {@code Broker} or
     *                       {@code Cluster})
     * @param property       the mapping's properties by name
     */
    SourceAccess read(EventSource source, Optional<Value> eventSourceArn, Function<String, Optional<Value>> property) {
        List<Value> secrets = new ArrayList<>();
        List<Value> subnets = new ArrayList<>();
        Optional<Value> configurations = property.apply("SourceAccessConfigurations");
        for (Value configuration : configurations.flatMap(Value::asList).orElse(List.of())) {
            Optional<String> type = LiveResources.path(Optional.of(configuration), "Type").flatMap(Value::asText)
                    .map(t -> t.toUpperCase(Locale.ROOT));
            Optional<Value> uri = LiveResources.path(Optional.of(configuration), "URI");
            if (type.isEmpty() || uri.isEmpty()) {
                continue;
            }
            if (SECRET_TYPES.contains(type.get())) {
                secrets.add(uri.get());
            } else if (type.get().equals("VPC_SUBNET")) {
                subnets.add(subnetOf(uri.get()));
            }
        }
        Optional<SourceAccess.SourceSubnets> placed = Optional.empty();
        if (source == EventSource.SELF_MANAGED_KAFKA && !subnets.isEmpty()) {
            placed = Optional.of(new SourceAccess.SourceSubnets(new Value.ListValue(subnets,
                    configurations.get().source()), "self-managed Kafka brokers (VPC_SUBNET in SourceAccessConfigurations)"));
        } else if (source.pollsFromSourceSubnets()) {
            placed = eventSourceArn.flatMap(this::sourceResource).flatMap(this::subnetsOf);
        }
        return new SourceAccess(secrets, placed, property.apply("ProvisionedPollerConfig"));
    }

    /** {@code subnet:subnet-0a1} or {@code !Sub subnet:${Subnet}}: the subnet part, as SubnetIds would give it. */
    private static Value subnetOf(Value uri) {
        if (uri instanceof Value.Text text && text.text().startsWith(SUBNET_PREFIX)) {
            return new Value.Text(text.text().substring(SUBNET_PREFIX.length()), text.source());
        }
        if (uri instanceof Value.Concat concat && concat.parts().size() == 2
                && concat.parts().get(0).asText().filter(SUBNET_PREFIX::equals).isPresent()) {
            return concat.parts().get(1);
        }
        return uri;
    }

    /** The resource of the template that the mapping's source ARN names (a Ref, GetAtt or {@code Fn::Sub} of it). */
    private Optional<Resource> sourceResource(Value arn) {
        return arn.references()
                .filter(ref -> resources.typeOf(ref.logicalId()).flatMap(EventSource::ofSourceResourceType).isPresent())
                .findFirst()
                .flatMap(ref -> resources.resource(ref.logicalId()));
    }

    /**
     * The subnets the source is placed in, by its type (CloudFormation resource reference for
     * {@code AWS::MSK::Cluster}, {@code AWS::MSK::ServerlessCluster}, {@code AWS::AmazonMQ::Broker},
     * {@code AWS::DocDB::DBCluster} and {@code AWS::DocDB::DBSubnetGroup}). A broker with
     * {@code PubliclyAccessible: true} has a public endpoint, which the poller reaches without the VPC.
     */
    private Optional<SourceAccess.SourceSubnets> subnetsOf(Resource source) {
        String id = source.logicalId();
        return switch (resources.typeOf(id).orElse("")) {
            case "AWS::MSK::Cluster" -> LiveResources.path(resources.property(source, "BrokerNodeGroupInfo"),
                    "ClientSubnets").map(s -> new SourceAccess.SourceSubnets(s,
                    "MSK cluster " + id + " (BrokerNodeGroupInfo.ClientSubnets)"));
            case "AWS::MSK::ServerlessCluster" -> serverlessSubnets(resources.property(source, "VpcConfigs"))
                    .map(s -> new SourceAccess.SourceSubnets(s, "MSK Serverless cluster " + id + " (VpcConfigs)"));
            case "AWS::AmazonMQ::Broker" -> {
                Optional<Value> publicly = resources.property(source, "PubliclyAccessible");
                if (publicly.isPresent() && !publicly.get().asBoolean().filter(b -> !b).isPresent()) {
                    yield Optional.empty(); // public, or not known to be private
                }
                yield resources.property(source, "SubnetIds").map(s -> new SourceAccess.SourceSubnets(s,
                        "Amazon MQ broker " + id + " (SubnetIds)"));
            }
            case "AWS::DocDB::DBCluster" -> resources.property(source, "DBSubnetGroupName")
                    .flatMap(name -> resources.referencedResource(name, "AWS::DocDB::DBSubnetGroup"))
                    .flatMap(resources::resource)
                    .flatMap(group -> resources.property(group, "SubnetIds").map(s -> new SourceAccess.SourceSubnets(s,
                            "DocumentDB cluster " + id + " (subnet group " + group.logicalId() + ")")));
            default -> Optional.empty();
        };
    }

    /** The subnets of all {@code VpcConfigs} of a serverless cluster, when each lists them. */
    private static Optional<Value> serverlessSubnets(Optional<Value> vpcConfigs) {
        Optional<List<Value>> configs = vpcConfigs.flatMap(Value::asList);
        if (configs.isEmpty() || configs.get().isEmpty()) {
            return Optional.empty();
        }
        if (configs.get().size() == 1) {
            return LiveResources.path(Optional.of(configs.get().get(0)), "SubnetIds");
        }
        List<Value> all = new ArrayList<>();
        for (Value config : configs.get()) {
            Optional<List<Value>> subnets = LiveResources.path(Optional.of(config), "SubnetIds").flatMap(Value::asList);
            if (subnets.isEmpty()) {
                return Optional.empty();
            }
            all.addAll(subnets.get());
        }
        return Optional.of(new Value.ListValue(all, vpcConfigs.get().source()));
    }
}
