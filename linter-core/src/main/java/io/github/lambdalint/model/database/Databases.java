package io.github.lambdalint.model.database;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The template's RDS proxies, databases and subnet groups. */
public record Databases(Map<String, RdsProxy> proxies, Map<String, RdsDatabase> databases,
                        Map<String, DbSubnetGroup> subnetGroups) {

    public static final Databases NONE = new Databases(Map.of(), Map.of(), Map.of());

    public Databases {
        proxies = Map.copyOf(proxies);
        databases = Map.copyOf(databases);
        subnetGroups = Map.copyOf(subnetGroups);
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
}
