package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.model.security.SecurityGroup;
import io.github.lambdalint.model.security.SecurityGroupRule;
import io.github.lambdalint.model.security.SecurityGroups;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Reads {@code AWS::EC2::SecurityGroup} with its inline rules, the standalone
 * {@code AWS::EC2::SecurityGroupIngress}/{@code Egress} resources that name a group of the
 * template, and the {@code CidrBlock} of the template's subnets and VPCs.
 */
final class SecurityGroupReader {

    private static final String SG = "AWS::EC2::SecurityGroup";

    private final LiveResources resources;

    SecurityGroupReader(LiveResources resources) {
        this.resources = resources;
    }

    /** @param snapshot the AWS snapshot that applies to the template, whose groups a literal {@code sg-} id names */
    SecurityGroups read(SnapshotUse snapshot) {
        Map<String, List<SecurityGroupRule>> standaloneIngress = standalone("AWS::EC2::SecurityGroupIngress",
                SecurityGroupRule.Direction.INGRESS);
        Map<String, List<SecurityGroupRule>> standaloneEgress = standalone("AWS::EC2::SecurityGroupEgress",
                SecurityGroupRule.Direction.EGRESS);
        Map<String, SecurityGroup> groups = new HashMap<>();
        for (Resource group : resources.ofType(SG)) {
            List<SecurityGroupRule> ingress = new ArrayList<>();
            boolean ingressComplete = inline(resources.property(group, "SecurityGroupIngress"),
                    SecurityGroupRule.Direction.INGRESS, ingress);
            ingress.addAll(standaloneIngress.getOrDefault(group.logicalId(), List.of()));
            List<SecurityGroupRule> egress = new ArrayList<>();
            Optional<Value> inlineEgress = resources.property(group, "SecurityGroupEgress");
            boolean egressComplete = inline(inlineEgress, SecurityGroupRule.Direction.EGRESS, egress);
            boolean defaultEgress = inlineEgress.isEmpty()
                    || inlineEgress.get().asList().filter(List::isEmpty).isPresent();
            egress.addAll(standaloneEgress.getOrDefault(group.logicalId(), List.of()));
            groups.put(group.logicalId(), new SecurityGroup(group.logicalId(), resources.property(group, "VpcId"),
                    ingress, ingressComplete, egress, egressComplete, defaultEgress, group.position()));
        }
        Map<String, Value> subnetCidrs = new HashMap<>();
        for (Resource subnet : resources.ofType("AWS::EC2::Subnet")) {
            resources.property(subnet, "CidrBlock").ifPresent(c -> subnetCidrs.put(subnet.logicalId(), c));
        }
        Map<String, Value> vpcCidrs = new HashMap<>();
        for (Resource vpc : resources.ofType("AWS::EC2::VPC")) {
            resources.property(vpc, "CidrBlock").ifPresent(c -> vpcCidrs.put(vpc.logicalId(), c));
        }
        Set<String> moreBlocks = new HashSet<>();
        for (Resource block : resources.ofType("AWS::EC2::VPCCidrBlock")) {
            resources.property(block, "VpcId").flatMap(v -> resources.referencedResource(v, "AWS::EC2::VPC"))
                    .ifPresent(moreBlocks::add);
        }
        Map<String, SecurityGroup> deployed = new HashMap<>();
        if (snapshot instanceof SnapshotUse.Applies applies) {
            subnetCidrs.putAll(applies.securityGroups().subnetCidrBlocks());
            deployed.putAll(applies.securityGroups().deployed());
        }
        return new SecurityGroups(groups, subnetCidrs, vpcCidrs, moreBlocks, deployed);
    }

    /** Inline rules; false when the list (or an entry) cannot be read statically. */
    private static boolean inline(Optional<Value> rules, SecurityGroupRule.Direction direction,
                                  List<SecurityGroupRule> into) {
        if (rules.isEmpty()) {
            return true;
        }
        Optional<List<Value>> list = rules.get().asList();
        if (list.isEmpty()) {
            return false;
        }
        boolean complete = true;
        for (Value item : list.get()) {
            Optional<Value.Present> present = item instanceof Value.Choice choice
                    ? choice.presentOnlyIf() : Optional.empty();
            Optional<String> condition = present.map(Value.Present::condition);
            Value rule = present.map(Value.Present::value).orElse(item);
            if (item instanceof Value.NoValue) {
                continue;
            }
            Optional<Value.MapValue> map = rule.asMap();
            if (map.isEmpty()) {
                complete = false;
                continue;
            }
            into.add(rule(direction, map.get()::get, Optional.empty(), condition, rule.position()));
        }
        return complete;
    }

    private Map<String, List<SecurityGroupRule>> standalone(String type, SecurityGroupRule.Direction direction) {
        Map<String, List<SecurityGroupRule>> byGroup = new HashMap<>();
        for (Resource resource : resources.ofType(type)) {
            Optional<String> group = resources.property(resource, "GroupId")
                    .or(() -> resources.property(resource, "GroupName"))
                    .flatMap(v -> resources.referencedResource(v, SG));
            if (group.isEmpty()) {
                continue; // a group outside the template
            }
            byGroup.computeIfAbsent(group.get(), k -> new ArrayList<>()).add(rule(direction,
                    name -> resources.property(resource, name), Optional.of(resource.logicalId()),
                    resources.undecidedCondition(resource), resource.position()));
        }
        return byGroup;
    }

    private static SecurityGroupRule rule(SecurityGroupRule.Direction direction,
                                          java.util.function.Function<String, Optional<Value>> property,
                                          Optional<String> resource, Optional<String> condition,
                                          io.github.lambdalint.parse.Position position) {
        boolean ingress = direction == SecurityGroupRule.Direction.INGRESS;
        return new SecurityGroupRule(direction, present(property.apply("IpProtocol")),
                present(property.apply("FromPort")), present(property.apply("ToPort")),
                present(property.apply("CidrIp")), present(property.apply("CidrIpv6")),
                present(property.apply(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId")),
                ingress ? present(property.apply("SourceSecurityGroupName")) : Optional.empty(),
                present(property.apply(ingress ? "SourcePrefixListId" : "DestinationPrefixListId")),
                resource, condition, position);
    }

    private static Optional<Value> present(Optional<Value> value) {
        return value.filter(v -> !(v instanceof Value.NoValue));
    }
}
