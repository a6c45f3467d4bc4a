package io.github.lambdalint.maven;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import io.github.lambdalint.engine.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.report.Reporter;
import io.github.lambdalint.report.ToolInfo;
import io.github.lambdalint.rule.RuleInfo;

/**
 * TEMPORARY: a minimal SARIF 2.1.0 writer until the core's {@code SarifReporter} reaches this
 * branch; then the mojo uses that one and this class is deleted. It writes only what the
 * plugin's integration tests read: the driver with its rules, and each result's rule, level,
 * message, location, logical location, fingerprint and suppression.
 */
final class InterimSarifReporter implements Reporter {

    private final ToolInfo tool;

    InterimSarifReporter(ToolInfo tool) {
        this.tool = tool;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        List<RuleInfo> rules = result.rules();
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
                .append("  \"version\": \"2.1.0\",\n  \"runs\": [{\n    \"tool\": {\"driver\": {")
                .append("\"name\": ").append(string(tool.name()))
                .append(", \"version\": ").append(string(tool.version()))
                .append(", \"informationUri\": ").append(string(tool.informationUri()))
                .append(", \"rules\": [");
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo rule = rules.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("      {\"id\": ").append(string(rule.id()))
                    .append(", \"name\": ").append(string(rule.name()))
                    .append(", \"shortDescription\": {\"text\": ").append(string(rule.summary())).append('}')
                    .append(", \"fullDescription\": {\"text\": ").append(string(rule.description())).append('}')
                    .append(", \"defaultConfiguration\": {\"level\": ").append(string(rule.defaultLevel().label()))
                    .append("}}");
        }
        json.append("]}},\n    \"originalUriBaseIds\": {\"%SRCROOT%\": {\"description\": {\"text\": ")
                .append(string("The module's base directory")).append("}}},\n    \"results\": [");
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("      {\"ruleId\": ").append(string(finding.ruleId()))
                    .append(", \"ruleIndex\": ").append(indexOf(rules, finding.ruleId()))
                    .append(", \"level\": ").append(string(finding.level().label()))
                    .append(", \"message\": {\"text\": ").append(string(finding.message())).append('}')
                    .append(", \"locations\": [{").append(physical(finding.location()));
            finding.resource().ifPresent(r -> json.append(", \"logicalLocations\": [{\"name\": ").append(string(r))
                    .append(", \"kind\": \"resource\"}]"));
            json.append("}], \"partialFingerprints\": {\"lambdaLint/v1\": ").append(string(finding.fingerprint()))
                    .append('}');
            finding.suppression().ifPresent(s -> json.append(", \"suppressions\": [{\"kind\": ")
                    .append(string(s.kind() == io.github.lambdalint.finding.Suppression.Kind.IN_SOURCE
                            ? "inSource" : "external"))
                    .append(", \"justification\": ").append(string(s.justification())).append("}]"));
            json.append('}');
        }
        json.append(findings.isEmpty() ? "]\n  }]\n}\n" : "\n    ]\n  }]\n}\n");
        out.write(json.toString());
    }

    private static String physical(Location location) {
        return "\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + string(location.file())
                + ", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": {\"startLine\": " + location.position().line()
                + ", \"startColumn\": " + location.position().column() + "}}";
    }

    private static int indexOf(List<RuleInfo> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
