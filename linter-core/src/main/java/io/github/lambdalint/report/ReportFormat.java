package io.github.lambdalint.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The report formats, by the names users type ({@code --format sarif}). */
public enum ReportFormat {
    TEXT, JSON, SARIF, GITHUB, JUNIT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> parse(String text) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * A reporter for this format. {@code colour} asks for ANSI colours and only matters for
     * text: the machine-readable formats never carry escape codes.
     */
    public Reporter reporter(ToolInfo tool, boolean colour) {
        return reporter(new ReportOptions(tool, colour, Optional.empty(),
                SourceRoot.workingDirectory(Path.of("").toAbsolutePath())));
    }

    public Reporter reporter(ReportOptions options) {
        return switch (this) {
            case TEXT -> new TextReporter(options.colour());
            case JSON -> new JsonReporter(options.tool());
            case SARIF -> new SarifReporter(options);
            case GITHUB -> new GithubReporter(options.sourceRoot());
            case JUNIT -> new JunitReporter(options.tool());
        };
    }
}
