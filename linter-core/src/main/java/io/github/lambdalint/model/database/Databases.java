package io.github.lambdalint.model.database;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.resolve.Value;

/**
 * The template's RDS proxies, databases, subnet groups and cluster parameter groups, and the
 * template's IAM roles as databases see them (a database invokes Lambda with an associated role).
 */
public record Databases(Map<String, RdsProxy> proxies, Map<String, RdsDatabase> databases,
                        Map<String, DbSubnetGroup> subnetGroups,
                        Map<String, DbClusterParameterGroup> clusterParameterGroups,
                        Map<String, ExecutionRole.TemplateRole> roles) {

    public static final Databases NONE = new Databases(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public Databases {
        proxies = Map.copyOf(proxies);
        databases = Map.copyOf(databases);
        subnetGroups = Map.copyOf(subnetGroups);
        clusterParameterGroups = Map.copyOf(clusterParameterGroups);
        roles = Map.copyOf(roles);
    }

    public Optional<RdsProxy> proxy(String logicalId) {
        return Optional.ofNullable(proxies.get(logicalId));
    }

    public Optional<RdsDatabase> database(String logicalId) {
        return Optional.ofNullable(databases.get(logicalId));
    }

    /** The proxies (not endpoints) that front the database. */
    public List<RdsProxy> proxiesFronting(String databaseLogicalId) {
        return proxies.values().stream()
                .filter(p -> !p.isEndpoint() && p.targetDatabases().contains(databaseLogicalId))
                .sorted(java.util.Comparator.comparing(RdsProxy::logicalId))
                .toList();
    }

    /** The DB instances of the template that are members of the cluster. */
    public List<RdsDatabase> membersOf(String clusterLogicalId) {
        return databases.values().stream()
                .filter(d -> d.kind() == RdsDatabase.Kind.INSTANCE)
                .filter(d -> d.cluster().filter(c -> c instanceof Value.ResourceRef ref
                        && ref.attribute().isEmpty() && ref.logicalId().equals(clusterLogicalId)).isPresent())
                .sorted(java.util.Comparator.comparing(RdsDatabase::logicalId))
                .toList();
    }

    /** The cluster an instance belongs to, when the cluster is in the template. */
    public Optional<RdsDatabase> clusterOf(RdsDatabase instance) {
        return instance.cluster()
                .filter(Value.ResourceRef.class::isInstance)
                .map(Value.ResourceRef.class::cast)
                .filter(ref -> ref.attribute().isEmpty())
                .flatMap(ref -> database(ref.logicalId()))
                .filter(d -> d.kind() == RdsDatabase.Kind.CLUSTER);
    }

    /** The subnet group a value ({@code DBSubnetGroupName}) names, when it is in the template. */
    public Optional<DbSubnetGroup> subnetGroup(Value reference) {
        if (reference instanceof Value.ResourceRef ref && ref.attribute().isEmpty()) {
            return Optional.ofNullable(subnetGroups.get(ref.logicalId()));
        }
        return Optional.empty();
    }

    /** The template role a value ({@code RoleArn}, {@code GetAtt R.Arn}) names. */
    public Optional<ExecutionRole.TemplateRole> role(Value reference) {
        if (reference instanceof Value.ResourceRef ref && ref.isAttribute("Arn")) {
            return Optional.ofNullable(roles.get(ref.logicalId()));
        }
        if (reference instanceof Value.Concat concat) {
            // arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Role}
            List<Value> parts = concat.parts();
            for (int i = 1; i < parts.size(); i++) {
                if (parts.get(i) instanceof Value.ResourceRef ref && ref.attribute().isEmpty()
                        && parts.get(i - 1).asText().filter(t -> t.endsWith(":role/")).isPresent()
                        && roles.containsKey(ref.logicalId())) {
                    return Optional.of(roles.get(ref.logicalId()));
                }
            }
        }
        return Optional.empty();
    }
}
