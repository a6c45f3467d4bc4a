package io.github.lambdalint.rules.database;

import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.database.EndpointName;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * A resource outside the template that a function names by its endpoint address: what the
 * name's form says it is, and the resource of the user's AWS snapshot that answers at that
 * address, when the snapshot has it ({@code stores} are all the snapshot's data stores, for the
 * members of a cluster).
 */
record NamedEndpoint(EndpointName name, Optional<AwsSnapshot.DataStore> described, AwsSnapshot.DataStores stores) {

    /** The resource's identifier in the snapshot, else the address. */
    String key() {
        return described.map(AwsSnapshot.DataStore::id).orElse(name.host());
    }

    /** "RDS Proxy app-proxy of the AWS snapshot" or "the RDS Proxy at app-proxy.proxy-….rds.amazonaws.com". */
    String describe() {
        if (described.isPresent()) {
            return kindOf(described.get()) + " " + described.get().id() + " of the AWS snapshot";
        }
        return "the " + name.kind().description() + " at " + name.host();
    }

    /** A fact about the described resource, placed at its item in the snapshot file. */
    Optional<Evidence> describedAt(String fact) {
        return described.map(store -> new Evidence(kindOf(store) + " " + store.id() + " " + fact,
                store.place().position(), Optional.of(store.place().file())));
    }

    static String kindOf(AwsSnapshot.DataStore store) {
        if (store instanceof AwsSnapshot.DbProxy) {
            return "RDS Proxy";
        }
        if (store instanceof AwsSnapshot.DbProxyEndpoint) {
            return "RDS Proxy endpoint";
        }
        if (store instanceof AwsSnapshot.DbInstance) {
            return "DB instance";
        }
        if (store instanceof AwsSnapshot.DbCluster cluster) {
            return cluster.engine().filter(e -> e.startsWith("aurora")).isPresent() ? "Aurora cluster" : "DB cluster";
        }
        if (store instanceof AwsSnapshot.CacheCluster) {
            return "ElastiCache cluster";
        }
        return "ElastiCache replication group";
    }

    /** The target kind of the snapshot's resource, else of the name's form. */
    Target.Kind targetKind() {
        if (described.isPresent()) {
            AwsSnapshot.DataStore store = described.get();
            if (store instanceof AwsSnapshot.DbProxy) {
                return Target.Kind.RDS_PROXY;
            }
            if (store instanceof AwsSnapshot.DbProxyEndpoint) {
                return Target.Kind.RDS_PROXY_ENDPOINT;
            }
            if (store instanceof AwsSnapshot.DbInstance) {
                return Target.Kind.RDS_INSTANCE;
            }
            if (store instanceof AwsSnapshot.DbCluster) {
                return Target.Kind.RDS_CLUSTER;
            }
            return Target.Kind.CACHE;
        }
        return switch (name.kind()) {
            case RDS_PROXY -> Target.Kind.RDS_PROXY;
            case RDS_PROXY_ENDPOINT -> Target.Kind.RDS_PROXY_ENDPOINT;
            case RDS_CLUSTER -> Target.Kind.RDS_CLUSTER;
            case RDS_INSTANCE -> Target.Kind.RDS_INSTANCE;
            case ELASTICACHE, MEMORYDB -> Target.Kind.CACHE;
        };
    }
}
