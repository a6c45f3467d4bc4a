package io.github.lambdalint.model.security;

import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/**
 * One ingress or egress rule of a security group: written inline in the group
 * ({@code SecurityGroupIngress}/{@code SecurityGroupEgress}) or as a standalone
 * {@code AWS::EC2::SecurityGroupIngress}/{@code Egress} resource ({@code resource}). The peer
 * is a CIDR, an IPv6 CIDR, another group (by id or, in a default VPC, by name) or a prefix list;
 * for ingress it is the source, for egress the destination. {@code condition} is set when the
 * rule exists only under a condition that cannot be decided. A rule of a group of the AWS snapshot
 * has its {@code file}; its peer is one of the permission's ranges, prefix lists or group pairs.
 */
public record SecurityGroupRule(Direction direction, Optional<Value> ipProtocol, Optional<Value> fromPort,
                                Optional<Value> toPort, Optional<Value> cidrIp, Optional<Value> cidrIpv6,
                                Optional<Value> peerGroup, Optional<Value> peerGroupName, Optional<Value> prefixList,
                                Optional<String> resource, Optional<String> condition, Position position,
                                Optional<String> file) {

    public enum Direction { INGRESS, EGRESS }

    public SecurityGroupRule(Direction direction, Optional<Value> ipProtocol, Optional<Value> fromPort,
                             Optional<Value> toPort, Optional<Value> cidrIp, Optional<Value> cidrIpv6,
                             Optional<Value> peerGroup, Optional<Value> peerGroupName, Optional<Value> prefixList,
                             Optional<String> resource, Optional<String> condition, Position position) {
        this(direction, ipProtocol, fromPort, toPort, cidrIp, cidrIpv6, peerGroup, peerGroupName, prefixList,
                resource, condition, position, Optional.empty());
    }

    /** How a message names the rule. */
    public String describe(String groupLogicalId) {
        String kind = direction == Direction.INGRESS ? "ingress" : "egress";
        if (file.isPresent()) {
            return "an " + kind + " rule of group " + groupLogicalId;
        }
        return resource.map(id -> kind + " rule " + id + " of group " + groupLogicalId)
                .orElse("an inline " + kind + " rule of group " + groupLogicalId);
    }

    /** A fact about the rule, placed where it is written (in the AWS snapshot's file, for a deployed group). */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }

    /**
     * Whether the rule's protocol and ports let TCP traffic to {@code port} through: protocol
     * {@code -1} allows everything, {@code tcp} (or 6) needs the port in FromPort..ToPort (-1..-1
     * meaning all), any other protocol never carries TCP.
     */
    public TriState allowsTcpPort(long port) {
        if (ipProtocol.isEmpty()) {
            return TriState.UNKNOWN;
        }
        Optional<String> protocol = ipProtocol.get().asText().map(p -> p.strip().toLowerCase(Locale.ROOT));
        if (protocol.isEmpty()) {
            return TriState.UNKNOWN;
        }
        switch (protocol.get()) {
            case "-1", "all" -> {
                return TriState.YES;
            }
            case "tcp", "6" -> {
                Optional<Long> from = fromPort.flatMap(Value::asLong);
                Optional<Long> to = toPort.flatMap(Value::asLong);
                if (from.isEmpty() || to.isEmpty()) {
                    return TriState.UNKNOWN;
                }
                if (from.get() == -1 && to.get() == -1) {
                    return TriState.YES;
                }
                return TriState.of(from.get() <= port && port <= to.get());
            }
            default -> {
                return TriState.NO;
            }
        }
    }
}
