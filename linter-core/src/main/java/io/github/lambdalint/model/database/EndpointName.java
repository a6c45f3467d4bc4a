package io.github.lambdalint.model.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lambdalint.resolve.Regions;

/**
 * A DNS name that is, by its documented form alone, the endpoint of an RDS proxy, DB cluster or
 * DB instance, an ElastiCache cache or a MemoryDB cluster ({@code docs/rules/LL201.md} cites the
 * forms). The one table of those forms: a function that holds such a name connects to that kind
 * of resource, whatever else is known about it.
 *
 * @param host   the name as written, lower-cased
 * @param kind   what the form says the name is an endpoint of
 * @param region the region the name carries, when its form has one
 */
public record EndpointName(String host, Kind kind, Optional<String> region) {

    public enum Kind {
        /** {@code NAME.proxy-ID.REGION.rds.amazonaws.com}, the default endpoint of a proxy. */
        RDS_PROXY("RDS Proxy", true),
        /** {@code NAME.endpoint.proxy-ID.REGION.rds.amazonaws.com}, an endpoint created for a proxy. */
        RDS_PROXY_ENDPOINT("RDS Proxy endpoint", true),
        /** {@code NAME.cluster-ID...}, {@code NAME.cluster-ro-ID...} or {@code NAME.cluster-custom-ID...}. */
        RDS_CLUSTER("DB cluster", false),
        /** {@code NAME.ID.REGION.rds.amazonaws.com}. */
        RDS_INSTANCE("DB instance", false),
        /** {@code ....cache.amazonaws.com}. */
        ELASTICACHE("ElastiCache cache", true),
        /** {@code ....memorydb.REGION.amazonaws.com}. */
        MEMORYDB("MemoryDB cluster", true);

        private final String description;
        private final boolean neverPublic;

        Kind(String description, boolean neverPublic) {
            this.description = description;
            this.neverPublic = neverPublic;
        }

        /** How a message names such a resource. */
        public String description() {
            return description;
        }

        /**
         * True when no resource of this kind has a public address: RDS proxies, ElastiCache and
         * MemoryDB run only inside a VPC; a DB instance or cluster may be publicly accessible.
         */
        public boolean neverPublic() {
            return neverPublic;
        }
    }

    private static final Pattern HOST = Pattern.compile(
            "(?i)(?<![a-z0-9.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
    private static final List<String> PARTITION_SUFFIXES = List.of(".amazonaws.com", ".amazonaws.com.cn");

    /** Every endpoint name inside a text: a bare host, {@code host:5432}, or a URL or DSN that holds one. */
    public static List<EndpointName> findIn(String text) {
        List<EndpointName> found = new ArrayList<>();
        Matcher matcher = HOST.matcher(text);
        while (matcher.find()) {
            of(matcher.group()).filter(name -> !found.contains(name)).ifPresent(found::add);
        }
        return found;
    }

    /** The endpoint a DNS name is, by its form. */
    public static Optional<EndpointName> of(String name) {
        String host = name.toLowerCase(Locale.ROOT);
        Optional<String> suffix = PARTITION_SUFFIXES.stream().filter(host::endsWith).findFirst();
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        String[] labels = host.substring(0, host.length() - suffix.get().length()).split("\\.", -1);
        int n = labels.length;
        if (n >= 2 && labels[n - 1].equals("cache")) {
            return Optional.of(new EndpointName(host, Kind.ELASTICACHE, Optional.empty()));
        }
        if (n >= 3 && Regions.hasRegionShape(labels[n - 1]) && labels[n - 2].equals("memorydb")) {
            return Optional.of(new EndpointName(host, Kind.MEMORYDB, Optional.of(labels[n - 1])));
        }
        if (labels[n - 1].equals("rds") && n >= 4 && Regions.hasRegionShape(labels[n - 2])) {
            Optional<String> region = Optional.of(labels[n - 2]);
            String id = labels[n - 3];
            if (id.startsWith("proxy-")) {
                return Optional.of(new EndpointName(host, n >= 5 && labels[n - 4].equals("endpoint")
                        ? Kind.RDS_PROXY_ENDPOINT : Kind.RDS_PROXY, region));
            }
            if (n != 4) {
                return Optional.empty();
            }
            return Optional.of(new EndpointName(host, id.startsWith("cluster-") ? Kind.RDS_CLUSTER
                    : Kind.RDS_INSTANCE, region));
        }
        return Optional.empty();
    }
}
