package io.github.lambdalint.model.database;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::RDS::DBInstance} or {@code AWS::RDS::DBCluster}. {@code cluster} is an
 * instance's {@code DBClusterIdentifier} (an Aurora member); {@code engineMode} a cluster's
 * {@code EngineMode} ({@code serverless} for Aurora Serverless v1). {@code associatedRolesComplete}
 * is false when {@code AssociatedRoles} is written in a way that cannot be read statically (a
 * parameter, a condition), so that more roles may be associated than the list shows.
 */
public record RdsDatabase(String logicalId, Kind kind, Optional<Value> engine, Optional<Value> port,
                          Optional<Value> publiclyAccessible, Optional<Value> subnetGroup,
                          Optional<Value> securityGroups, Optional<Value> cluster, List<AssociatedRole> associatedRoles,
                          boolean associatedRolesComplete, Optional<Value> parameterGroup,
                          Optional<Value> engineMode, Position position) {

    public enum Kind {
        INSTANCE("AWS::RDS::DBInstance"), CLUSTER("AWS::RDS::DBCluster");

        private final String resourceType;

        Kind(String resourceType) {
            this.resourceType = resourceType;
        }

        public String resourceType() {
            return resourceType;
        }
    }

    /** An IAM role associated with the database for a feature ({@code Lambda}, {@code s3Import}). */
    public record AssociatedRole(Value roleArn, Optional<Value> featureName, Position position) {
    }

    public RdsDatabase {
        associatedRoles = List.copyOf(associatedRoles);
    }
}
