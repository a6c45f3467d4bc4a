package io.github.lambdalint.rules.database;

import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.database.RdsDatabase;
import io.github.lambdalint.model.service.CacheCluster;
import io.github.lambdalint.model.service.SearchDomain;

/**
 * A resource a function connects to over the network: one of the template ({@code logicalId}),
 * or one outside it that the function names by its endpoint address ({@code outside}; then
 * {@code logicalId} is its snapshot identifier or the address).
 */
record Target(String logicalId, Kind kind, Optional<NamedEndpoint> outside) {

    Target(String logicalId, Kind kind) {
        this(logicalId, kind, Optional.empty());
    }

    static Target named(NamedEndpoint endpoint) {
        return new Target(endpoint.key(), endpoint.targetKind(), Optional.of(endpoint));
    }

    enum Kind {
        RDS_PROXY, RDS_PROXY_ENDPOINT, RDS_INSTANCE, RDS_CLUSTER, CACHE, LOAD_BALANCER, SEARCH_DOMAIN;

        boolean isProxy() {
            return this == RDS_PROXY || this == RDS_PROXY_ENDPOINT;
        }

        boolean isDatabase() {
            return this == RDS_INSTANCE || this == RDS_CLUSTER;
        }
    }

    /** The target a resource of the given type is, when lambda-lint knows how functions reach it. */
    static Optional<Kind> kindOf(String resourceType) {
        return Optional.ofNullable(switch (resourceType) {
            case "AWS::RDS::DBProxy" -> Kind.RDS_PROXY;
            case "AWS::RDS::DBProxyEndpoint" -> Kind.RDS_PROXY_ENDPOINT;
            case "AWS::RDS::DBInstance" -> Kind.RDS_INSTANCE;
            case "AWS::RDS::DBCluster" -> Kind.RDS_CLUSTER;
            case "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup",
                    "AWS::ElastiCache::ServerlessCache", "AWS::MemoryDB::Cluster" -> Kind.CACHE;
            case "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer" ->
                    Kind.LOAD_BALANCER;
            case "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain" -> Kind.SEARCH_DOMAIN;
            default -> null;
        });
    }

    /**
     * Whether a {@code GetAtt} attribute of the resource is an address a client connects to (an
     * endpoint, a DNS name, for a proxy also its ARN), as opposed to an identifier or ARN used to
     * manage the resource through its API.
     */
    static boolean isConnectionAttribute(Kind kind, String attribute) {
        String a = attribute.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case RDS_PROXY -> a.equals("endpoint") || a.equals("dbproxyarn");
            case RDS_PROXY_ENDPOINT -> a.equals("endpoint") || a.equals("dbproxyendpointarn");
            case RDS_INSTANCE -> a.startsWith("endpoint.") && !a.endsWith("hostedzoneid");
            case RDS_CLUSTER -> a.equals("endpoint") || a.startsWith("endpoint.") || a.startsWith("readendpoint");
            case CACHE, SEARCH_DOMAIN -> a.contains("endpoint");
            case LOAD_BALANCER -> a.equals("dnsname");
        };
    }

    /** How a message names the target: "RDS Proxy AppProxy", "DB instance Db". */
    String describe(TemplateModel model) {
        if (outside.isPresent()) {
            return outside.get().describe();
        }
        return switch (kind) {
            case RDS_PROXY -> "RDS Proxy " + logicalId;
            case RDS_PROXY_ENDPOINT -> "RDS Proxy endpoint " + logicalId;
            case RDS_INSTANCE -> "DB instance " + logicalId;
            case RDS_CLUSTER -> (model.databases().database(logicalId).filter(Target::isAurora).isPresent()
                    ? "Aurora cluster " : "DB cluster ") + logicalId;
            case CACHE -> model.services().cache(logicalId).map(CacheCluster::kind).map(CacheCluster.Kind::description)
                    .orElse("cache") + " " + logicalId;
            case LOAD_BALANCER -> "load balancer " + logicalId;
            case SEARCH_DOMAIN -> model.services().searchDomain(logicalId)
                    .map(d -> d.kind() == SearchDomain.Kind.OPENSEARCH ? "OpenSearch domain " : "Elasticsearch domain ")
                    .orElse("search domain ") + logicalId;
        };
    }

    static boolean isAurora(RdsDatabase database) {
        return database.engine().flatMap(e -> e.asText())
                .filter(e -> e.toLowerCase(Locale.ROOT).startsWith("aurora")).isPresent();
    }
}
