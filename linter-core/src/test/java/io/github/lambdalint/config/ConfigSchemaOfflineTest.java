package io.github.lambdalint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.sun.net.httpserver.HttpServer;

/**
 * No network access at any time: the configuration schema's registry must not fetch a
 * {@code $ref} it does not have. A server on the loopback address counts the requests it gets.
 */
class ConfigSchemaOfflineTest {

    @Test
    void aRemoteRefIsNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/other.json";
            String text = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \"" + remote + "\"}";

            Throwable thrown = catchThrowable(() -> {
                Schema schema = ConfigSchema.registry().getSchema(text, InputFormat.JSON);
                schema.validate("42", InputFormat.JSON);
            });

            assertThat(requests).as("requests the validator sent (%s)", thrown).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theShippedSchemaCompilesOffline() {
        assertThat(ConfigSchema.instance().document().get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
}
