package io.github.lambdalint.model.service;

import java.util.Map;
import java.util.Optional;

/**
 * Resources of the template, other than RDS, that a function may connect to and that can live
 * inside a VPC: caches (ElastiCache, MemoryDB), load balancers and search domains.
 */
public record VpcServices(Map<String, CacheCluster> caches, Map<String, LoadBalancer> loadBalancers,
                          Map<String, SearchDomain> searchDomains) {

    public static final VpcServices NONE = new VpcServices(Map.of(), Map.of(), Map.of());

    public VpcServices {
        caches = Map.copyOf(caches);
        loadBalancers = Map.copyOf(loadBalancers);
        searchDomains = Map.copyOf(searchDomains);
    }

    public Optional<CacheCluster> cache(String logicalId) {
        return Optional.ofNullable(caches.get(logicalId));
    }

    public Optional<LoadBalancer> loadBalancer(String logicalId) {
        return Optional.ofNullable(loadBalancers.get(logicalId));
    }

    public Optional<SearchDomain> searchDomain(String logicalId) {
        return Optional.ofNullable(searchDomains.get(logicalId));
    }
}
