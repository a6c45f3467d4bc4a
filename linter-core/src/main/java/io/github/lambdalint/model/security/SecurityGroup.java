package io.github.lambdalint.model.security;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::EC2::SecurityGroup} of the template with every rule the template gives it,
 * inline or standalone. A group whose {@code SecurityGroupEgress} is not written keeps EC2's
 * default egress rule, which allows all outbound traffic ({@code defaultEgress}); standalone
 * egress resources add to that rule and do not remove it. A rule list that cannot be read
 * statically (a parameter, a condition on the whole list) makes the direction incomplete.
 */
public record SecurityGroup(String logicalId, Optional<Value> vpc, List<SecurityGroupRule> ingress,
                            boolean ingressComplete, List<SecurityGroupRule> egress, boolean egressComplete,
                            boolean defaultEgress, Position position) {

    public SecurityGroup {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }
}
