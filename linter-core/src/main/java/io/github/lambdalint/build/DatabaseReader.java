package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.database.Databases;
import io.github.lambdalint.model.database.DbClusterParameterGroup;
import io.github.lambdalint.model.database.DbSubnetGroup;
import io.github.lambdalint.model.database.RdsDatabase;
import io.github.lambdalint.model.database.RdsProxy;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Reads RDS proxies (and their endpoints), DB instances, DB clusters, DB subnet groups and DB
 * cluster parameter groups.
 */
final class DatabaseReader {

    private final LiveResources resources;
    private final Map<String, ExecutionRole.TemplateRole> roles;

    DatabaseReader(LiveResources resources) {
        this(resources, Map.of());
    }

    DatabaseReader(LiveResources resources, Map<String, ExecutionRole.TemplateRole> roles) {
        this.resources = resources;
        this.roles = roles;
    }

    Databases read() {
        Map<String, List<String>> targets = proxyTargets();
        Map<String, RdsProxy> proxies = new HashMap<>();
        for (Resource proxy : resources.ofType("AWS::RDS::DBProxy")) {
            proxies.put(proxy.logicalId(), new RdsProxy(proxy.logicalId(), Optional.empty(),
                    resources.property(proxy, "VpcSubnetIds"), resources.property(proxy, "VpcSecurityGroupIds"),
                    targets.getOrDefault(proxy.logicalId(), List.of()), resources.property(proxy, "EngineFamily"),
                    proxy.position()));
        }
        for (Resource endpoint : resources.ofType("AWS::RDS::DBProxyEndpoint")) {
            Optional<String> proxy = resources.property(endpoint, "DBProxyName")
                    .flatMap(v -> resources.referencedResource(v, "AWS::RDS::DBProxy"));
            if (proxy.isPresent()) {
                proxies.put(endpoint.logicalId(), new RdsProxy(endpoint.logicalId(), proxy,
                        resources.property(endpoint, "VpcSubnetIds"),
                        resources.property(endpoint, "VpcSecurityGroupIds"),
                        targets.getOrDefault(proxy.get(), List.of()),
                        resources.resource(proxy.get()).flatMap(p -> resources.property(p, "EngineFamily")),
                        endpoint.position()));
            }
        }
        Map<String, RdsDatabase> databases = new HashMap<>();
        for (Resource instance : resources.ofType("AWS::RDS::DBInstance")) {
            databases.put(instance.logicalId(), database(instance, RdsDatabase.Kind.INSTANCE, "VPCSecurityGroups",
                    "DBParameterGroupName"));
        }
        for (Resource cluster : resources.ofType("AWS::RDS::DBCluster")) {
            databases.put(cluster.logicalId(), database(cluster, RdsDatabase.Kind.CLUSTER, "VpcSecurityGroupIds",
                    "DBClusterParameterGroupName"));
        }
        Map<String, DbSubnetGroup> subnetGroups = new HashMap<>();
        for (Resource group : resources.ofType("AWS::RDS::DBSubnetGroup")) {
            subnetGroups.put(group.logicalId(), new DbSubnetGroup(group.logicalId(),
                    resources.property(group, "SubnetIds"), group.position()));
        }
        Map<String, DbClusterParameterGroup> parameterGroups = new HashMap<>();
        for (Resource group : resources.ofType("AWS::RDS::DBClusterParameterGroup")) {
            parameterGroups.put(group.logicalId(), new DbClusterParameterGroup(group.logicalId(),
                    resources.property(group, "Parameters"), group.position()));
        }
        return new Databases(proxies, databases, subnetGroups, parameterGroups, roles);
    }

    private RdsDatabase database(Resource resource, RdsDatabase.Kind kind, String securityGroups,
                                 String parameterGroup) {
        List<RdsDatabase.AssociatedRole> associated = new ArrayList<>();
        Optional<Value> rolesValue = resources.property(resource, "AssociatedRoles");
        boolean complete = rolesValue.isEmpty() || rolesValue.get().asList().isPresent();
        for (Value role : rolesValue.flatMap(Value::asList).orElse(List.of())) {
            Optional<Value> arn = LiveResources.path(Optional.of(role), "RoleArn");
            arn.ifPresent(a -> associated.add(new RdsDatabase.AssociatedRole(a,
                    LiveResources.path(Optional.of(role), "FeatureName"), role.position())));
            complete &= arn.isPresent();
        }
        return new RdsDatabase(resource.logicalId(), kind, resources.property(resource, "Engine"),
                resources.property(resource, "Port"), resources.property(resource, "PubliclyAccessible"),
                resources.property(resource, "DBSubnetGroupName"), resources.property(resource, securityGroups),
                kind == RdsDatabase.Kind.INSTANCE ? resources.property(resource, "DBClusterIdentifier")
                        : Optional.empty(),
                associated, complete, resources.property(resource, parameterGroup),
                kind == RdsDatabase.Kind.CLUSTER ? resources.property(resource, "EngineMode") : Optional.empty(),
                resource.position());
    }

    /** Which databases each proxy fronts, from its target groups. */
    private Map<String, List<String>> proxyTargets() {
        Map<String, List<String>> targets = new HashMap<>();
        for (Resource group : resources.ofType("AWS::RDS::DBProxyTargetGroup")) {
            Optional<String> proxy = resources.property(group, "DBProxyName")
                    .flatMap(v -> resources.referencedResource(v, "AWS::RDS::DBProxy"));
            if (proxy.isEmpty()) {
                continue;
            }
            for (String property : List.of("DBInstanceIdentifiers", "DBClusterIdentifiers")) {
                for (Value id : resources.property(group, property).flatMap(Value::asList).orElse(List.of())) {
                    id.references().map(Value.ResourceRef::logicalId).findFirst()
                            .ifPresent(db -> targets.computeIfAbsent(proxy.get(), k -> new ArrayList<>()).add(db));
                }
            }
        }
        return targets;
    }
}
