package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.RelatedLocation;

/**
 * The report for people: one line per finding in the {@code path:line:col:} form editors and
 * terminals turn into links, the evidence indented under it, and a summary line.
 *
 * <pre>
 * templates/app.yaml:12:5: error LL101 ApiFn has no route to the internet [ApiFn]
 *     related: templates/app.yaml:40:7: subnet PrivateA has no default route
 * 1 error, 0 warnings, 0 notes in 1 template (2 suppressed)
 * </pre>
 *
 * Suppressed findings and findings already in the baseline are not listed (they were accepted
 * on purpose) but are counted in the
 * summary, so nothing disappears silently. Files that could not be read are not listed here
 * either: front ends report them on standard error; the summary counts them.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001B[0m";

    private final boolean colour;

    /** @param colour whether to colour the level words with ANSI escapes (only for a terminal) */
    public TextReporter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding finding : result.findings()) {
            if (!finding.isActive()) {
                continue;
            }
            out.write(FindingText.place(finding.location()) + ": " + levelWord(finding.level()) + " "
                    + FindingText.body(finding));
            out.write('\n');
            for (RelatedLocation related : finding.evidence()) {
                out.write(FindingText.related(related) + "\n");
            }
        }
        out.write(summaryLine(Summary.of(result)));
        out.write('\n');
        out.flush();
    }

    private String levelWord(Level level) {
        if (!colour) {
            return level.label();
        }
        String code = switch (level) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[1;33m";
            case NOTE -> "\u001B[1;36m";
        };
        return code + level.label() + RESET;
    }

    static String summaryLine(Summary summary) {
        StringBuilder line = new StringBuilder()
                .append(counted(summary.errors(), "error")).append(", ")
                .append(counted(summary.warnings(), "warning")).append(", ")
                .append(counted(summary.notes(), "note")).append(" in ")
                .append(counted(summary.templates(), "template"));
        List<String> asides = new ArrayList<>();
        if (summary.suppressed() > 0) {
            asides.add(summary.suppressed() + " suppressed");
        }
        if (summary.inBaseline() > 0) {
            asides.add(summary.inBaseline() + " in the baseline");
        }
        if (summary.fileErrors() > 0) {
            asides.add(counted(summary.fileErrors(), "file") + " not readable");
        }
        if (summary.internalErrors() > 0) {
            asides.add(counted(summary.internalErrors(), "internal error"));
        }
        if (!asides.isEmpty()) {
            line.append(" (").append(String.join(", ", asides)).append(')');
        }
        return line.toString();
    }

    /** "1 template", "2 templates". */
    public static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
