package io.github.lambdalint.model.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EndpointNameTest {

    @Test
    void rdsFormsTellTheProxyTheClusterAndTheInstanceApart() {
        assertThat(kind("orders-proxy.proxy-c8example0ab.eu-west-1.rds.amazonaws.com"))
                .contains(EndpointName.Kind.RDS_PROXY);
        assertThat(kind("reader.endpoint.proxy-c8example0ab.eu-west-1.rds.amazonaws.com"))
                .contains(EndpointName.Kind.RDS_PROXY_ENDPOINT);
        assertThat(kind("orders.cluster-c8example0ab.eu-west-1.rds.amazonaws.com"))
                .contains(EndpointName.Kind.RDS_CLUSTER);
        assertThat(kind("orders.cluster-ro-c8example0ab.us-east-2.rds.amazonaws.com"))
                .contains(EndpointName.Kind.RDS_CLUSTER);
        assertThat(kind("orders.cluster-custom-c8example0ab.eu-west-1.rds.amazonaws.com"))
                .contains(EndpointName.Kind.RDS_CLUSTER);
        assertThat(kind("reports-db.c8example0ab.cn-north-1.rds.amazonaws.com.cn"))
                .contains(EndpointName.Kind.RDS_INSTANCE);
        assertThat(EndpointName.of("orders-proxy.proxy-c8example0ab.eu-west-1.rds.amazonaws.com")
                .flatMap(EndpointName::region)).contains("eu-west-1");
    }

    @Test
    void cachesAndMemoryDbAreNeverPublic() {
        assertThat(EndpointName.of("master.sessions.x1example.euw1.cache.amazonaws.com"))
                .map(EndpointName::kind).contains(EndpointName.Kind.ELASTICACHE);
        assertThat(EndpointName.of("clustercfg.carts.x1example.memorydb.eu-west-1.amazonaws.com"))
                .map(EndpointName::kind).contains(EndpointName.Kind.MEMORYDB);
        assertThat(EndpointName.Kind.MEMORYDB.neverPublic()).isTrue();
        assertThat(EndpointName.Kind.RDS_PROXY.neverPublic()).isTrue();
        assertThat(EndpointName.Kind.RDS_INSTANCE.neverPublic()).isFalse();
        assertThat(EndpointName.Kind.RDS_CLUSTER.neverPublic()).isFalse();
    }

    @Test
    void serviceEndpointsAndPrincipalsAreNoDatabase() {
        assertThat(EndpointName.of("rds.eu-west-1.amazonaws.com")).isEmpty();
        assertThat(EndpointName.of("rds-data.eu-west-1.amazonaws.com")).isEmpty();
        assertThat(EndpointName.of("rds.amazonaws.com")).isEmpty();
        assertThat(EndpointName.of("monitoring.rds.amazonaws.com")).isEmpty();
        assertThat(EndpointName.of("elasticache.eu-west-1.amazonaws.com")).isEmpty();
        assertThat(EndpointName.of("memorydb.eu-west-1.amazonaws.com")).isEmpty();
        assertThat(EndpointName.of("orders.proxy-c8example0ab.eu-west-1.rds.example.com")).isEmpty();
    }

    @Test
    void namesAreFoundInsideUrlsAndConnectionStrings() {
        assertThat(EndpointName.findIn("postgresql://app@Orders.Cluster-c8example0ab.eu-west-1.rds.amazonaws.com:5432/db"
                + "?fallback=orders.cluster-c8example0ab.eu-west-1.rds.amazonaws.com"))
                .extracting(EndpointName::host)
                .containsExactly("orders.cluster-c8example0ab.eu-west-1.rds.amazonaws.com");
        assertThat(EndpointName.findIn("rediss://master.sessions.x1example.euw1.cache.amazonaws.com:6379,"
                + "clustercfg.carts.x1example.memorydb.eu-west-1.amazonaws.com"))
                .extracting(EndpointName::kind)
                .containsExactly(EndpointName.Kind.ELASTICACHE, EndpointName.Kind.MEMORYDB);
        assertThat(EndpointName.findIn("see orders-proxy.proxy-c8example0ab for details")).isEmpty();
    }

    private static Optional<EndpointName.Kind> kind(String host) {
        return EndpointName.of(host).map(EndpointName::kind);
    }
}
