package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;

import io.github.lambdalint.api.FileError;
import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.BaselineState;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;
import tools.jackson.core.JsonGenerator;

/**
 * lambda-lint's own JSON report, for scripts ({@code jq}) and tools that do not speak SARIF.
 * The shape is a contract: fields are only ever added, and {@code formatVersion} changes when
 * one is removed or changes meaning. Every key is always present; absent values are
 * {@code null}. Paths are relative to the base directory, with {@code /}; lines and columns
 * start at 1.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "tool": { "name": "lambda-lint", "version": "0.1.0", "informationUri": "https://..." },
 *   "summary": {
 *     "templatesLinted": 2,
 *     "errors": 1, "warnings": 0, "notes": 0,     // unsuppressed findings per level
 *     "suppressed": 1, "inBaseline": 0,          // findings accepted on purpose, not counted above
 *     "fileErrors": 0, "internalErrors": 0
 *   },
 *   "findings": [ {                               // sorted by file, line, column, rule
 *     "ruleId": "LL101", "level": "error",         // error | warning | note
 *     "message": "...",
 *     "file": "templates/app.yaml", "line": 12, "column": 5,
 *     "resource": "ApiFn",                         // logical id, or null
 *     "constructPath": "AppStack/ApiFn",           // only for a resource with Metadata aws:cdk:path
 *     "evidence": [ { "description": "...", "file": "...", "line": 40, "column": 7 } ],
 *     "suppression": { "kind": "inSource", "justification": "..." },   // or null; kind: inSource | external
 *     "baseline": "new",                           // or "unchanged", or null when no baseline was used
 *     "fingerprint": "9f86d081884c7d659a2feaa0c55ad015"                // stable across line moves
 *   } ],
 *   "fileErrors": [ { "file": "templates/missing.yaml", "message": "no such file or directory" } ],
 *   "internalErrors": [ { "file": "...", "stage": "rule LL101", "message": "NullPointerException: ..." } ],
 *   "skippedFiles": [ "config/settings.json" ]    // found in a directory, not templates
 * }
 * }</pre>
 */
public final class JsonReporter implements Reporter {

    public static final int FORMAT_VERSION = 1;

    private final ToolInfo tool;

    public JsonReporter(ToolInfo tool) {
        this.tool = tool;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        PrettyJson.write(out, json -> {
            json.writeStartObject();
            json.writeNumberProperty("formatVersion", FORMAT_VERSION);
            writeTool(json);
            writeSummary(json, Summary.of(result));
            json.writeArrayPropertyStart("findings");
            result.findings().forEach(finding -> writeFinding(json, finding));
            json.writeEndArray();
            json.writeArrayPropertyStart("fileErrors");
            for (FileError error : result.fileErrors()) {
                json.writeStartObject();
                json.writeStringProperty("file", error.file());
                json.writeStringProperty("message", error.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("internalErrors");
            for (LintCrash error : result.crashes()) {
                json.writeStartObject();
                json.writeStringProperty("file", error.file());
                json.writeStringProperty("stage", error.stage());
                json.writeStringProperty("message", InternalErrors.describe(error.cause()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("skippedFiles");
            result.skippedFiles().forEach(json::writeString);
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void writeTool(JsonGenerator json) {
        json.writeObjectPropertyStart("tool");
        json.writeStringProperty("name", tool.name());
        json.writeStringProperty("version", tool.version());
        json.writeStringProperty("informationUri", tool.informationUri());
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, Summary summary) {
        json.writeObjectPropertyStart("summary");
        json.writeNumberProperty("templatesLinted", summary.templates());
        json.writeNumberProperty("errors", summary.errors());
        json.writeNumberProperty("warnings", summary.warnings());
        json.writeNumberProperty("notes", summary.notes());
        json.writeNumberProperty("suppressed", summary.suppressed());
        json.writeNumberProperty("inBaseline", summary.inBaseline());
        json.writeNumberProperty("fileErrors", summary.fileErrors());
        json.writeNumberProperty("internalErrors", summary.internalErrors());
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", finding.ruleId());
        json.writeStringProperty("level", finding.level().label());
        json.writeStringProperty("message", finding.message());
        writePlace(json, finding.location());
        json.writeStringProperty("resource", finding.resource().orElse(null));
        finding.constructPath().ifPresent(path -> json.writeStringProperty("constructPath", path));
        json.writeArrayPropertyStart("evidence");
        for (RelatedLocation related : finding.evidence()) {
            json.writeStartObject();
            json.writeStringProperty("description", related.description());
            writePlace(json, related.location());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("suppression");
        if (finding.suppression().isPresent()) {
            json.writeStartObject();
            json.writeStringProperty("kind", SuppressionLabels.of(finding.suppression().get().kind()));
            json.writeStringProperty("justification", finding.suppression().get().justification());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeStringProperty("fingerprint", finding.fingerprint());
        json.writeStringProperty("baseline", finding.baseline().map(BaselineState::sarifName).orElse(null));
        json.writeEndObject();
    }

    private static void writePlace(JsonGenerator json, Location location) {
        json.writeStringProperty("file", location.file());
        json.writeNumberProperty("line", location.position().line());
        json.writeNumberProperty("column", location.position().column());
    }
}
