package io.github.lambdalint.model.network;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::VPCEndpoint}. Gateway endpoints (S3, DynamoDB) serve only the route
 * tables they are attached to; interface endpoints serve the whole VPC (with private DNS).
 */
public record VpcEndpoint(String logicalId, Value serviceName, Kind kind, Value vpc, List<Value> routeTables,
                          Position position) {

    public enum Kind { GATEWAY, INTERFACE, GATEWAY_LOAD_BALANCER }

    public VpcEndpoint {
        routeTables = List.copyOf(routeTables);
    }

    /**
     * The service's short name, the last part of the service name: {@code sqs} for
     * {@code com.amazonaws.eu-west-1.sqs}, also when the region part is {@code ${AWS::Region}}.
     */
    public Optional<String> service() {
        String tail;
        if (serviceName instanceof Value.Concat concat) {
            tail = concat.literalSuffix();
        } else {
            Optional<String> text = serviceName.asText();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            tail = text.get();
        }
        int dot = tail.lastIndexOf('.');
        String service = (dot < 0 ? tail : tail.substring(dot + 1)).toLowerCase(Locale.ROOT);
        return service.isEmpty() ? Optional.empty() : Optional.of(service);
    }
}
