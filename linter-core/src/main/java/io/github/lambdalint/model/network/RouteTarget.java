package io.github.lambdalint.model.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a route sends traffic, as far as egress to the internet is concerned, and the one table of
 * the route fields that name a target. {@code AWS::EC2::Route} (CloudFormation) and the EC2 API's
 * {@code Route} (what {@code describe-route-tables} prints) use the same field names, with one
 * difference: a Gateway Load Balancer endpoint is {@code VpcEndpointId} in a template and a
 * {@code GatewayId} starting {@code vpce-} in the API.
 */
public enum RouteTarget {
    NAT_GATEWAY("NatGatewayId", "a NAT gateway"),
    NAT_INSTANCE("InstanceId", "an instance (NAT instance)"),
    TRANSIT_GATEWAY("TransitGatewayId", "a transit gateway"),
    INTERNET_GATEWAY(Field.GATEWAY_ID, "an internet gateway"),
    EGRESS_ONLY_INTERNET_GATEWAY("EgressOnlyInternetGatewayId", "an egress-only internet gateway (IPv6)"),
    VPC_PEERING("VpcPeeringConnectionId", "a VPC peering connection"),
    NETWORK_INTERFACE("NetworkInterfaceId", "a network interface"),
    GATEWAY_LOAD_BALANCER_ENDPOINT("VpcEndpointId", "a Gateway Load Balancer endpoint"),
    VIRTUAL_PRIVATE_GATEWAY(Field.GATEWAY_ID, "a virtual private gateway"),
    CARRIER_GATEWAY("CarrierGatewayId", "a carrier gateway"),
    LOCAL_GATEWAY("LocalGatewayId", "a local gateway"),
    CORE_NETWORK("CoreNetworkArn", "a Cloud WAN core network"),
    UNKNOWN("", "a target not known statically");

    /** Field names more than one target shares. */
    public static final class Field {
        /** Internet gateways, virtual private gateways and (in the API) Gateway Load Balancer endpoints. */
        public static final String GATEWAY_ID = "GatewayId";

        private Field() {
        }
    }

    /**
     * The fields that name a target, in the order that decides when a route names several: a route
     * to a NAT instance names its {@code InstanceId} and its {@code NetworkInterfaceId}.
     */
    private static final List<String> FIELDS = Arrays.stream(values()).map(t -> t.field)
            .filter(f -> !f.isEmpty()).distinct().toList();

    private final String field;
    private final String description;

    RouteTarget(String field, String description) {
        this.field = field;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The route fields that name a target, the first present one deciding. */
    public static List<String> fields() {
        return FIELDS;
    }

    /**
     * What the route field {@code field} targets. {@code GatewayId} holds internet gateways
     * ({@code igw-}), virtual private gateways ({@code vgw-}) and Gateway Load Balancer endpoints
     * ({@code vpce-}), told apart by the id's prefix; an id that is not known gives {@link #UNKNOWN}.
     * ({@code vpce-} also names an S3 or DynamoDB gateway endpoint, but only in a route to the
     * service's prefix list, never in a route to a CIDR such as {@code 0.0.0.0/0}.)
     */
    public static RouteTarget of(String field, Optional<String> id) {
        if (field.equals(Field.GATEWAY_ID)) {
            String text = id.orElse("");
            return text.startsWith("igw-") ? INTERNET_GATEWAY
                    : text.startsWith("vgw-") ? VIRTUAL_PRIVATE_GATEWAY
                    : text.startsWith("vpce-") ? GATEWAY_LOAD_BALANCER_ENDPOINT
                    : UNKNOWN;
        }
        return Arrays.stream(values()).filter(t -> t.field.equals(field) && !field.isEmpty()).findFirst()
                .orElse(UNKNOWN);
    }
}
