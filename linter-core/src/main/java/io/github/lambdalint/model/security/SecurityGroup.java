package io.github.lambdalint.model.security;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::SecurityGroup} of the template with every rule the template gives it,
 * inline or standalone. A group whose {@code SecurityGroupEgress} is not written keeps EC2's
 * default egress rule, which allows all outbound traffic ({@code defaultEgress}); standalone
 * egress resources add to that rule and do not remove it. A rule list that cannot be read
 * statically (a parameter, a condition on the whole list) makes the direction incomplete. A group
 * of the AWS snapshot ({@code file}) has its id as {@code logicalId} and every rule EC2 holds.
 */
public record SecurityGroup(String logicalId, Optional<Value> vpc, List<SecurityGroupRule> ingress,
                            boolean ingressComplete, List<SecurityGroupRule> egress, boolean egressComplete,
                            boolean defaultEgress, Position position, Optional<String> file) {

    public SecurityGroup {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    public SecurityGroup(String logicalId, Optional<Value> vpc, List<SecurityGroupRule> ingress,
                         boolean ingressComplete, List<SecurityGroupRule> egress, boolean egressComplete,
                         boolean defaultEgress, Position position) {
        this(logicalId, vpc, ingress, ingressComplete, egress, egressComplete, defaultEgress, position,
                Optional.empty());
    }

    /** A fact about the group, placed where it is declared. */
    public Evidence evidence(String description) {
        return new Evidence(description, position, file);
    }

    /** True for a group of the AWS snapshot: its rules are what EC2 holds, the default egress rule included. */
    public boolean isDeployed() {
        return file.isPresent();
    }
}
