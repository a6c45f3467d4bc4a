package io.github.lambdalint.model.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.resolve.Value;

/**
 * The template's security groups, and the address facts their CIDR rules are judged against:
 * the {@code CidrBlock} of each subnet and VPC of the template ({@code vpcsWithMoreBlocks} names
 * the VPCs that get further blocks from {@code AWS::EC2::VPCCidrBlock}, whose subnets may lie
 * outside the primary block). {@code deployed} holds the groups of the AWS snapshot by id, and the
 * snapshot's subnets add their blocks to {@code subnetCidrBlocks} under their ids.
 */
public record SecurityGroups(Map<String, SecurityGroup> groups, Map<String, Value> subnetCidrBlocks,
                             Map<String, Value> vpcCidrBlocks, Set<String> vpcsWithMoreBlocks,
                             Map<String, SecurityGroup> deployed) {

    public static final SecurityGroups NONE = new SecurityGroups(Map.of(), Map.of(), Map.of(), Set.of());

    public SecurityGroups(Map<String, SecurityGroup> groups, Map<String, Value> subnetCidrBlocks,
                          Map<String, Value> vpcCidrBlocks, Set<String> vpcsWithMoreBlocks) {
        this(groups, subnetCidrBlocks, vpcCidrBlocks, vpcsWithMoreBlocks, Map.of());
    }

    public SecurityGroups {
        groups = Map.copyOf(groups);
        deployed = Map.copyOf(deployed);
        subnetCidrBlocks = Map.copyOf(subnetCidrBlocks);
        vpcCidrBlocks = Map.copyOf(vpcCidrBlocks);
        vpcsWithMoreBlocks = Set.copyOf(vpcsWithMoreBlocks);
    }

    /**
     * The group a value names: a template group by {@code Ref G} (a VPC group's id) or
     * {@code GetAtt G.GroupId}, a group of the AWS snapshot by its id ({@code sg-...}). Empty for
     * other ids, parameters and imports.
     */
    public Optional<SecurityGroup> resolve(Value reference) {
        if (reference instanceof Value.ResourceRef ref
                && (ref.attribute().isEmpty() || ref.isAttribute("GroupId"))) {
            return Optional.ofNullable(groups.get(ref.logicalId()));
        }
        return reference.asText().map(deployed::get);
    }
}
