package io.github.lambdalint.model.service;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An in-memory data store that lives only inside a VPC: an ElastiCache cluster, replication
 * group or serverless cache, or a MemoryDB cluster. {@code subnetIds} are the subnets of its
 * subnet group (or its own {@code SubnetIds}), when the group is in the template.
 */
public record CacheCluster(String logicalId, Kind kind, Optional<Value> engine, Optional<Value> port,
                           Optional<Value> securityGroups, Optional<Value> subnetIds, Position position) {

    public enum Kind {
        CACHE_CLUSTER("AWS::ElastiCache::CacheCluster", "ElastiCache cluster"),
        REPLICATION_GROUP("AWS::ElastiCache::ReplicationGroup", "ElastiCache replication group"),
        SERVERLESS_CACHE("AWS::ElastiCache::ServerlessCache", "ElastiCache serverless cache"),
        MEMORYDB_CLUSTER("AWS::MemoryDB::Cluster", "MemoryDB cluster");

        private final String resourceType;
        private final String description;

        Kind(String resourceType, String description) {
            this.resourceType = resourceType;
            this.description = description;
        }

        public String resourceType() {
            return resourceType;
        }

        /** How a message names this kind of cache. */
        public String description() {
            return description;
        }
    }
}
