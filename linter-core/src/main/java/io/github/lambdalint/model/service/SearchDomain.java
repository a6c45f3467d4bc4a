package io.github.lambdalint.model.service;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An OpenSearch Service (or legacy Elasticsearch Service) domain. With {@code VPCOptions} the
 * domain has only a VPC endpoint; without, a public one.
 */
public record SearchDomain(String logicalId, Kind kind, Optional<Value> vpcOptions, Position position) {

    public enum Kind {
        OPENSEARCH("AWS::OpenSearchService::Domain"),
        ELASTICSEARCH("AWS::Elasticsearch::Domain");

        private final String resourceType;

        Kind(String resourceType) {
            this.resourceType = resourceType;
        }

        public String resourceType() {
            return resourceType;
        }
    }
}
