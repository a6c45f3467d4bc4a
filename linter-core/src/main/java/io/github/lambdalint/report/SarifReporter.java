package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.github.lambdalint.api.FileError;
import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.finding.Suppression;
import io.github.lambdalint.rule.RuleDocs;
import io.github.lambdalint.rule.RuleInfo;
import tools.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (DESIGN.md, section 4): one
 * run; the driver describes every rule that ran, in the result's order, so {@code ruleIndex}
 * is the position in {@code result.rules()}. Locations are relative to {@code %SRCROOT%} — the
 * {@link SourceRoot}, by default the directory lambda-lint was run from — which keeps the file
 * free of machine-specific paths.
 * Files that could not be read and internal errors become tool execution notifications.
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    /** The key of our fingerprint in {@code partialFingerprints}; bump the version if its recipe changes. */
    public static final String FINGERPRINT_KEY = "lambdaLint/v1";

    private final ToolInfo tool;
    private final Function<String, Optional<String>> ruleDocs;
    private final Optional<String> category;
    private final Optional<SourceRoot> sourceRoot;

    /** @param ruleDocs a rule's Markdown page by id (tests give their own) */
    public SarifReporter(ToolInfo tool, Function<String, Optional<String>> ruleDocs) {
        this(tool, ruleDocs, Optional.empty(), Optional.empty());
    }

    public SarifReporter(ReportOptions options) {
        this(options.tool(), RuleDocs::markdown, options.sarifCategory(), Optional.of(options.sourceRoot()));
    }

    /**
     * @param category   the run's category ({@code automationDetails.id}), which GitHub needs to
     *                   tell apart several lambda-lint runs on one commit
     * @param sourceRoot the root URIs are relative to; without one, the paths as the run shows them
     */
    public SarifReporter(ToolInfo tool, Function<String, Optional<String>> ruleDocs, Optional<String> category,
                         Optional<SourceRoot> sourceRoot) {
        this.tool = tool;
        this.ruleDocs = ruleDocs;
        this.category = category.filter(c -> !c.isBlank());
        this.sourceRoot = sourceRoot;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < result.rules().size(); i++) {
            ruleIndex.putIfAbsent(result.rules().get(i).id(), i);
        }
        PrettyJson.write(out, json -> {
            json.writeStartObject();
            json.writeStringProperty("$schema", SCHEMA_URI);
            json.writeStringProperty("version", SARIF_VERSION);
            json.writeArrayPropertyStart("runs");
            json.writeStartObject();
            writeTool(json, result.rules());
            category.ifPresent(id -> {
                json.writeObjectPropertyStart("automationDetails");
                json.writeStringProperty("id", automationId(id));
                json.writeEndObject();
            });
            writeInvocation(json, result);
            writeOriginalUriBaseIds(json);
            json.writeArrayPropertyStart("results");
            result.findings().forEach(finding -> writeResult(json, finding, ruleIndex.get(finding.ruleId())));
            json.writeEndArray();
            // The parser counts columns in Unicode code points; say so rather than let readers assume UTF-16.
            json.writeStringProperty("columnKind", "unicodeCodePoints");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void writeTool(JsonGenerator json, List<RuleInfo> rules) {
        json.writeObjectPropertyStart("tool");
        json.writeObjectPropertyStart("driver");
        json.writeStringProperty("name", tool.name());
        json.writeStringProperty("version", tool.version());
        json.writeStringProperty("informationUri", tool.informationUri());
        json.writeArrayPropertyStart("rules");
        rules.forEach(rule -> writeRule(json, rule));
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeRule(JsonGenerator json, RuleInfo rule) {
        String help = ruleDocs.apply(rule.id()).filter(page -> !page.isBlank()).orElse(rule.description());
        json.writeStartObject();
        json.writeStringProperty("id", rule.id());
        json.writeStringProperty("name", rule.name());
        writeText(json, "shortDescription", rule.summary());
        writeText(json, "fullDescription", rule.description());
        json.writeObjectPropertyStart("help");
        json.writeStringProperty("text", help);
        json.writeStringProperty("markdown", help);
        json.writeEndObject();
        json.writeStringProperty("helpUri", RuleDocs.uri(rule.id()));
        json.writeObjectPropertyStart("defaultConfiguration");
        json.writeStringProperty("level", rule.defaultLevel().label());
        json.writeEndObject();
        json.writeObjectPropertyStart("properties");
        json.writeArrayPropertyStart("tags");
        rule.tags().forEach(json::writeString);
        json.writeEndArray();
        json.writeStringProperty("precision", rule.precision());
        // GitHub reads this flat key (as CodeQL writes it) to rank alerts without security-severity.
        json.writeStringProperty("problem.severity", problemSeverity(rule.defaultLevel()));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String problemSeverity(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
    }

    /**
     * GitHub reads the category as the part of the id before its last {@code /}; the CodeQL
     * action's upload step likewise turns its {@code category} input into {@code category/}.
     */
    static String automationId(String category) {
        return category.endsWith("/") ? category : category + "/";
    }

    private void writeInvocation(JsonGenerator json, LintResult result) {
        json.writeArrayPropertyStart("invocations");
        json.writeStartObject();
        json.writeBooleanProperty("executionSuccessful",
                result.fileErrors().isEmpty() && result.crashes().isEmpty());
        json.writeArrayPropertyStart("toolExecutionNotifications");
        for (FileError error : result.fileErrors()) {
            writeNotification(json, error.file(), error.file() + ": " + error.message(), Optional.empty());
        }
        for (LintCrash error : result.crashes()) {
            writeNotification(json, error.file(), "internal error while checking " + error.file() + " ("
                    + error.stage() + "): " + InternalErrors.describe(error.cause()), Optional.of(error.cause()));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private void writeNotification(JsonGenerator json, String file, String message,
                                          Optional<Throwable> exception) {
        json.writeStartObject();
        json.writeStringProperty("level", "error");
        writeText(json, "message", message);
        json.writeArrayPropertyStart("locations");
        json.writeStartObject();
        json.writeObjectPropertyStart("physicalLocation");
        writeArtifactLocation(json, file);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        exception.ifPresent(cause -> {
            json.writeObjectPropertyStart("exception");
            json.writeStringProperty("kind", cause.getClass().getName());
            if (cause.getMessage() != null) {
                json.writeStringProperty("message", cause.getMessage());
            }
            json.writeEndObject();
        });
        json.writeEndObject();
    }

    private void writeOriginalUriBaseIds(JsonGenerator json) {
        // No uri on purpose: the root is wherever the report is used (a checkout, a CI workspace).
        json.writeObjectPropertyStart("originalUriBaseIds");
        json.writeObjectPropertyStart(ArtifactUris.SRCROOT);
        writeText(json, "description", sourceRoot.map(SourceRoot::description).orElse(SourceRoot.WORKING_DIRECTORY));
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(JsonGenerator json, Finding finding, Integer ruleIndex) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            json.writeNumberProperty("ruleIndex", ruleIndex);
        }
        json.writeStringProperty("level", finding.level().label());
        writeText(json, "message", finding.message());
        json.writeArrayPropertyStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, finding.location());
        finding.resource().ifPresent(resource -> {
            json.writeArrayPropertyStart("logicalLocations");
            json.writeStartObject();
            json.writeStringProperty("name", resource);
            // CDK apps: the construct path is the name users know; the logical id is generated from it.
            finding.constructPath().ifPresent(path -> json.writeStringProperty("fullyQualifiedName", path));
            json.writeStringProperty("kind", "resource");
            json.writeEndObject();
            json.writeEndArray();
        });
        json.writeEndObject();
        json.writeEndArray();
        if (!finding.evidence().isEmpty()) {
            json.writeArrayPropertyStart("relatedLocations");
            for (int i = 0; i < finding.evidence().size(); i++) {
                RelatedLocation related = finding.evidence().get(i);
                json.writeStartObject();
                json.writeNumberProperty("id", i);
                writePhysicalLocation(json, related.location());
                writeText(json, "message", related.description());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectPropertyStart("partialFingerprints");
        json.writeStringProperty(FINGERPRINT_KEY, finding.fingerprint());
        json.writeEndObject();
        if (finding.baseline().isPresent()) {
            json.writeStringProperty("baselineState", finding.baseline().get().sarifName());
        }
        if (finding.suppression().isPresent()) {
            Suppression suppression = finding.suppression().get();
            json.writeArrayPropertyStart("suppressions");
            json.writeStartObject();
            json.writeStringProperty("kind", SuppressionLabels.of(suppression.kind()));
            json.writeStringProperty("justification", suppression.justification());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void writePhysicalLocation(JsonGenerator json, Location location) {
        json.writeObjectPropertyStart("physicalLocation");
        writeArtifactLocation(json, location.file());
        json.writeObjectPropertyStart("region");
        json.writeNumberProperty("startLine", location.position().line());
        json.writeNumberProperty("startColumn", location.position().column());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeArtifactLocation(JsonGenerator json, String file) {
        ArtifactUris.ArtifactUri uri = ArtifactUris.of(sourceRoot.map(root -> root.path(file)).orElse(file));
        json.writeObjectPropertyStart("artifactLocation");
        json.writeStringProperty("uri", uri.uri());
        if (uri.baseId() != null) {
            json.writeStringProperty("uriBaseId", uri.baseId());
        }
        json.writeEndObject();
    }

    private static void writeText(JsonGenerator json, String property, String text) {
        json.writeObjectPropertyStart(property);
        json.writeStringProperty("text", text);
        json.writeEndObject();
    }
}
