package io.github.lambdalint.model.database;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::RDS::DBProxy} (or one of its {@code DBProxyEndpoint}s, which has its own
 * subnets, possibly in another VPC). A proxy is never publicly accessible: only clients in its
 * VPC reach it. {@code engineFamily} is the proxy's ({@code MYSQL}, {@code POSTGRESQL}, ...),
 * also for an endpoint.
 */
public record RdsProxy(String logicalId, Optional<String> proxyLogicalId, Optional<Value> vpcSubnetIds,
                       Optional<Value> securityGroupIds, List<String> targetDatabases, Optional<Value> engineFamily,
                       Position position) {

    public RdsProxy {
        targetDatabases = List.copyOf(targetDatabases);
    }

    /** The proxy this is, or that this endpoint belongs to. */
    public String proxy() {
        return proxyLogicalId.orElse(logicalId);
    }

    public boolean isEndpoint() {
        return proxyLogicalId.isPresent();
    }
}
