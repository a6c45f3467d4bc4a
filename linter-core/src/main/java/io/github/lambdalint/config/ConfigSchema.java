package io.github.lambdalint.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.SchemaLoader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration's JSON Schema ({@code docs/config/lambda-lint.schema.json}, shipped in the
 * jar). Compiled only when a configuration file is read, so a run without one starts fast.
 */
final class ConfigSchema {

    static final String RESOURCE = "/io/github/lambdalint/config/lambda-lint.schema.json";

    private final JsonNode document;
    private final Schema schema;

    private ConfigSchema() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            this.document = JsonMapper.builder().build().readTree(text);
            this.schema = registry().getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema registry, offline: meta-schemas come from the validator's jar, and no {@code $ref}
     * is ever fetched from the network (lambda-lint makes no network access at any time).
     */
    static SchemaRegistry registry() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaLoader(SchemaLoader.builder().fetchRemoteResources(false).build()));
    }

    private static final class Holder {
        static final ConfigSchema INSTANCE = new ConfigSchema();
    }

    static ConfigSchema instance() {
        return Holder.INSTANCE;
    }

    List<Error> validate(JsonNode config) {
        return schema.validate(config);
    }

    /** The schema as JSON, to find what a failing keyword allowed. */
    JsonNode document() {
        return document;
    }
}
