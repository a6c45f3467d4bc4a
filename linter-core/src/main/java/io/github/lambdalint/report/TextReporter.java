package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import io.github.lambdalint.engine.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
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
            out.write(line(finding));
            out.write('\n');
            for (RelatedLocation related : finding.evidence()) {
                out.write("    related: " + place(related.location()) + ": " + printable(related.description()) + "\n");
            }
        }
        out.write(summaryLine(Summary.of(result)));
        out.write('\n');
        out.flush();
    }

    private String line(Finding finding) {
        StringBuilder line = new StringBuilder()
                .append(place(finding.location())).append(": ")
                .append(levelWord(finding.level())).append(' ')
                .append(finding.ruleId()).append(' ')
                .append(printable(finding.message()));
        finding.resource().ifPresent(resource -> line.append(" [").append(printable(resource)).append(']'));
        return line.toString();
    }

    private static String place(Location location) {
        return printable(location.file()) + ":" + location.position().line() + ":" + location.position().column();
    }

    /**
     * Messages quote template text, and a template may hold control characters: written raw
     * they could break the one-line-per-finding layout or drive the terminal (escape sequences).
     */
    static String printable(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (control && shown == null) {
                shown = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (shown != null) {
                if (control) {
                    shown.append(String.format("\\u%04x", (int) c));
                } else {
                    shown.append(c);
                }
            }
        }
        return shown == null ? text : shown.toString();
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

    private static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
