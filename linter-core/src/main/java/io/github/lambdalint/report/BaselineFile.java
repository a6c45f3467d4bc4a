package io.github.lambdalint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.github.lambdalint.api.Baseline;
import io.github.lambdalint.api.IoErrors;
import io.github.lambdalint.api.LintResult;
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

    /**
     * Reads a baseline. A file that is missing, unreadable or not a baseline is an
     * {@link IOException} whose message says so for the user.
     */
    public static Baseline read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("the baseline " + file + " does not exist; create it with --write-baseline", e);
        } catch (IOException e) {
            throw new IOException(notReadable(file, IoErrors.describe(e)), e);
        }
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            throw new IOException(notReadable(file, "not a lambda-lint baseline (invalid JSON: "
                    + e.getOriginalMessage() + ")"), e);
        }
        JsonNode findings = root.get("findings");
        if (!root.isObject() || findings == null || !findings.isArray()) {
            throw new IOException(notReadable(file,
                    "not a lambda-lint baseline (no findings list); make one with --write-baseline"));
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode finding : findings) {
            JsonNode fingerprint = finding.get("fingerprint");
            if (fingerprint == null || !fingerprint.isString()) {
                throw new IOException(notReadable(file, "not a lambda-lint baseline (a finding has no fingerprint)"));
            }
            fingerprints.add(fingerprint.asString());
        }
        return new Baseline(fingerprints);
    }

    private static String notReadable(Path file, String why) {
        return "cannot read the baseline " + file + ": " + why;
    }
}
