package io.github.lambdalint.report;

import java.util.Optional;

/**
 * How a front end wants its report: the tool's name and version, colour (text on a terminal
 * only), the SARIF run's category, and the root code hosts resolve paths against.
 */
public record ReportOptions(ToolInfo tool, boolean colour, Optional<String> sarifCategory, SourceRoot sourceRoot) {
}
