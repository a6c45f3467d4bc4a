package io.github.lambdalint.model.network;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Regions;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::VPCEndpoint}, or an endpoint of the AWS snapshot ({@code file}). Gateway
 * endpoints (S3, DynamoDB) serve only the route
 * tables they are attached to; interface endpoints serve the whole VPC, but the default
 * service host name (what the SDKs call) leads to them only with {@code PrivateDnsEnabled: true},
 * which CloudFormation leaves false unless the template sets it.
 */
public record VpcEndpoint(String logicalId, Value serviceName, Kind kind, Value vpc, List<Value> routeTables,
                          Position position, Optional<Value> privateDnsEnabled, Optional<String> file) {

    public enum Kind { GATEWAY, INTERFACE, GATEWAY_LOAD_BALANCER }

    /** {@code eu-west-1.}, {@code us-gov-west-1.}: the region label of a service name. */

    public VpcEndpoint {
        routeTables = List.copyOf(routeTables);
    }

    public VpcEndpoint(String logicalId, Value serviceName, Kind kind, Value vpc, List<Value> routeTables,
                       Position position, Optional<Value> privateDnsEnabled) {
        this(logicalId, serviceName, kind, vpc, routeTables, position, privateDnsEnabled, Optional.empty());
    }

    /** A fact about the endpoint, placed where it is declared ({@code file}: the AWS snapshot's, for one of it). */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }

    /**
     * The service's short name, what follows the region in the service name: {@code sqs} for
     * {@code com.amazonaws.eu-west-1.sqs}, also when the region part is {@code ${AWS::Region}};
     * {@code ecr.dkr} for {@code com.amazonaws.eu-west-1.ecr.dkr}.
     */
    public Optional<String> service() {
        String text;
        if (serviceName instanceof Value.Concat concat) {
            text = concat.literal().orElse(concat.literalSuffix());
        } else {
            Optional<String> literal = serviceName.asText();
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            text = literal.get();
        }
        String service = serviceId(text);
        return service.isEmpty() ? Optional.empty() : Optional.of(service);
    }

    /**
     * Whether SDK calls to the service's default host name reach this endpoint: always for a
     * gateway endpoint (routes), for an interface endpoint only with private DNS.
     */
    public TriState privateDns() {
        if (kind != Kind.INTERFACE) {
            return TriState.YES;
        }
        if (privateDnsEnabled.isEmpty()) {
            return TriState.NO; // CloudFormation's default is false
        }
        return privateDnsEnabled.get().asBoolean().map(TriState::of).orElse(TriState.UNKNOWN);
    }

    /**
     * A service name reduced to the part after the region ({@code com.amazonaws.eu-west-1.sqs}
     * and {@code .sqs}, the literal end of {@code com.amazonaws.${AWS::Region}.sqs}, both give
     * {@code sqs}); a short name ({@code sqs}) stays as it is.
     */
    public static String serviceId(String serviceName) {
        String name = serviceName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.startsWith("cn.")) {
            name = name.substring(3);
        }
        for (String prefix : List.of("com.amazonaws.", "aws.api.", "aws.sagemaker.")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                int dot = name.indexOf('.');
                if (dot > 0 && Regions.hasRegionShape(name.substring(0, dot))) {
                    name = name.substring(dot + 1);
                }
                break;
            }
        }
        return name;
    }
}
