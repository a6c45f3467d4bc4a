package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.model.security.SecurityGroup;
import io.github.lambdalint.model.security.SecurityGroupRule;
import io.github.lambdalint.model.security.SecurityGroups;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.snapshot.AwsSnapshot;
import io.github.lambdalint.snapshot.SnapshotPlace;

/**
 * Turns the AWS snapshot's security groups into the model's groups, keyed by id: each peer of an
 * EC2 {@code IpPermission} (a CIDR, an IPv6 CIDR, a prefix list, a group by id or name) becomes one rule, as one
 * {@code AWS::EC2::SecurityGroupIngress} names one peer. EC2 lists every rule a group has, its
 * default allow-all egress rule included, so both directions are complete. The snapshot's subnets
 * give their CIDR blocks under their ids, for rules that name a range.
 */
final class SnapshotSecurityGroupReader {

    private SnapshotSecurityGroupReader() {
    }

    static SecurityGroups read(AwsSnapshot snapshot) {
        Map<String, SecurityGroup> groups = new LinkedHashMap<>();
        for (AwsSnapshot.SecurityGroup group : snapshot.securityGroups().values()) {
            SnapshotPlace place = group.place();
            groups.put(group.id(), new SecurityGroup(group.id(), group.vpcId().map(v -> text(v, place)),
                    rules(group.ingress(), SecurityGroupRule.Direction.INGRESS), true,
                    rules(group.egress(), SecurityGroupRule.Direction.EGRESS), true, false, place.position(),
                    Optional.of(place.file())));
        }
        Map<String, Value> subnetBlocks = new LinkedHashMap<>();
        for (AwsSnapshot.Subnet subnet : snapshot.subnets().values()) {
            subnet.cidrBlock().ifPresent(block -> subnetBlocks.put(subnet.id(), text(block, subnet.place())));
        }
        return new SecurityGroups(Map.of(), subnetBlocks, Map.of(), Set.of(), groups);
    }

    private static List<SecurityGroupRule> rules(List<AwsSnapshot.Permission> permissions,
                                                 SecurityGroupRule.Direction direction) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (AwsSnapshot.Permission permission : permissions) {
            SnapshotPlace place = permission.place();
            Optional<Value> protocol = Optional.of(text(permission.ipProtocol(), place));
            Optional<Value> from = permission.fromPort().map(p -> text(Long.toString(p), place));
            Optional<Value> to = permission.toPort().map(p -> text(Long.toString(p), place));
            for (AwsSnapshot.Peer peer : permission.peers()) {
                Optional<Value> value = Optional.of(text(peer.value(), peer.place()));
                Optional<Value> none = Optional.empty();
                rules.add(new SecurityGroupRule(direction, protocol, from, to,
                        peer.kind() == AwsSnapshot.PeerKind.CIDR_IPV4 ? value : none,
                        peer.kind() == AwsSnapshot.PeerKind.CIDR_IPV6 ? value : none,
                        peer.kind() == AwsSnapshot.PeerKind.GROUP ? value : none,
                        peer.kind() == AwsSnapshot.PeerKind.GROUP_NAME ? value : none,
                        peer.kind() == AwsSnapshot.PeerKind.PREFIX_LIST ? value : none,
                        Optional.empty(), Optional.empty(), peer.place().position(), Optional.of(peer.place().file())));
            }
        }
        return rules;
    }

    private static Value text(String text, SnapshotPlace place) {
        return new Value.Text(text, ScalarNode.string(text, place.position()));
    }
}
