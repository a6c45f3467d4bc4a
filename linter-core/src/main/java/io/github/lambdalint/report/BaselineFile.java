package io.github.lambdalint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.github.lambdalint.engine.Baseline;
import io.github.lambdalint.engine.LintResult;
import io.github.lambdalint.finding.Finding;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline file: the fingerprints of accepted findings, with rule, file, resource and
 * message beside each so that a reviewer can read what was accepted.
 */
public final class BaselineFile {

    private static final int FORMAT_VERSION = 1;

    private BaselineFile() {
    }

    /** Writes the findings of the result that count (not suppressed) as the new baseline. */
    public static void write(Path file, LintResult result) throws IOException {
        AtomicFile.write(file, out -> PrettyJson.write(out, json -> {
            json.writeStartObject();
            json.writeNumberProperty("formatVersion", FORMAT_VERSION);
            json.writeStringProperty("tool", ToolInfo.NAME);
            json.writeArrayPropertyStart("findings");
            for (Finding finding : result.findings()) {
                if (finding.isSuppressed()) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringProperty("fingerprint", finding.fingerprint());
                json.writeStringProperty("ruleId", finding.ruleId());
                json.writeStringProperty("file", finding.location().file());
                json.writeStringProperty("resource", finding.resource().orElse(null));
                json.writeStringProperty("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    /** Reads a baseline; a file that is not one is an {@link IOException} with a clear message. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IOException("not a lambda-lint baseline (invalid JSON: " + e.getOriginalMessage() + ")", e);
        }
        JsonNode findings = root.get("findings");
        if (!root.isObject() || findings == null || !findings.isArray()) {
            throw new IOException("not a lambda-lint baseline (no findings list); make one with --write-baseline");
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode finding : findings) {
            JsonNode fingerprint = finding.get("fingerprint");
            if (fingerprint == null || !fingerprint.isString()) {
                throw new IOException("not a lambda-lint baseline (a finding has no fingerprint)");
            }
            fingerprints.add(fingerprint.asString());
        }
        return new Baseline(fingerprints);
    }
}
