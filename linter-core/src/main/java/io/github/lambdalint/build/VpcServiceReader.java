package io.github.lambdalint.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.service.CacheCluster;
import io.github.lambdalint.model.service.LoadBalancer;
import io.github.lambdalint.model.service.SearchDomain;
import io.github.lambdalint.model.service.VpcServices;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/** Reads ElastiCache and MemoryDB clusters, load balancers and OpenSearch/Elasticsearch domains. */
final class VpcServiceReader {

    private final LiveResources resources;

    VpcServiceReader(LiveResources resources) {
        this.resources = resources;
    }

    VpcServices read() {
        Map<String, CacheCluster> caches = new HashMap<>();
        for (Resource cache : resources.ofType("AWS::ElastiCache::CacheCluster")) {
            caches.put(cache.logicalId(), cache(cache, CacheCluster.Kind.CACHE_CLUSTER, "VpcSecurityGroupIds",
                    subnetsOfGroup(cache, "CacheSubnetGroupName", "AWS::ElastiCache::SubnetGroup")));
        }
        for (Resource cache : resources.ofType("AWS::ElastiCache::ReplicationGroup")) {
            caches.put(cache.logicalId(), cache(cache, CacheCluster.Kind.REPLICATION_GROUP, "SecurityGroupIds",
                    subnetsOfGroup(cache, "CacheSubnetGroupName", "AWS::ElastiCache::SubnetGroup")));
        }
        for (Resource cache : resources.ofType("AWS::ElastiCache::ServerlessCache")) {
            caches.put(cache.logicalId(), cache(cache, CacheCluster.Kind.SERVERLESS_CACHE, "SecurityGroupIds",
                    resources.property(cache, "SubnetIds")));
        }
        for (Resource cache : resources.ofType("AWS::MemoryDB::Cluster")) {
            caches.put(cache.logicalId(), cache(cache, CacheCluster.Kind.MEMORYDB_CLUSTER, "SecurityGroupIds",
                    subnetsOfGroup(cache, "SubnetGroupName", "AWS::MemoryDB::SubnetGroup")));
        }
        Map<String, LoadBalancer> balancers = new HashMap<>();
        for (LoadBalancer.Kind kind : LoadBalancer.Kind.values()) {
            for (Resource balancer : resources.ofType(kind.resourceType())) {
                balancers.put(balancer.logicalId(), new LoadBalancer(balancer.logicalId(), kind,
                        resources.property(balancer, "Scheme"), resources.property(balancer, "Type"),
                        balancer.position()));
            }
        }
        Map<String, SearchDomain> domains = new HashMap<>();
        for (SearchDomain.Kind kind : SearchDomain.Kind.values()) {
            for (Resource domain : resources.ofType(kind.resourceType())) {
                domains.put(domain.logicalId(), new SearchDomain(domain.logicalId(), kind,
                        resources.property(domain, "VPCOptions"), domain.position()));
            }
        }
        return new VpcServices(caches, balancers, domains);
    }

    private CacheCluster cache(Resource cache, CacheCluster.Kind kind, String securityGroups,
                               Optional<Value> subnets) {
        return new CacheCluster(cache.logicalId(), kind, resources.property(cache, "Engine"),
                resources.property(cache, "Port"), resources.property(cache, securityGroups), subnets,
                cache.position());
    }

    /** The {@code SubnetIds} of the subnet group a property names, when the group is in the template. */
    private Optional<Value> subnetsOfGroup(Resource cache, String property, String groupType) {
        return resources.property(cache, property)
                .flatMap(v -> resources.referencedResource(v, groupType))
                .flatMap(resources::resource)
                .flatMap(group -> resources.property(group, "SubnetIds"));
    }
}
