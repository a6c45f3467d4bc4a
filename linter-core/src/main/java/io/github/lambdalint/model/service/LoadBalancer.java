package io.github.lambdalint.model.service;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An Elastic Load Balancing load balancer (v2: application, network, gateway; or classic).
 * {@code Scheme: internal} gives it only private addresses; the default is internet-facing.
 */
public record LoadBalancer(String logicalId, Kind kind, Optional<Value> scheme, Optional<Value> type,
                           Position position) {

    public enum Kind {
        V2("AWS::ElasticLoadBalancingV2::LoadBalancer"),
        CLASSIC("AWS::ElasticLoadBalancing::LoadBalancer");

        private final String resourceType;

        Kind(String resourceType) {
            this.resourceType = resourceType;
        }

        public String resourceType() {
            return resourceType;
        }
    }
}
