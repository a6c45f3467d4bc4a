package io.github.lambdalint.report;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;

/**
 * A finding in words, the same in every text front end (the CLI's text report, the Maven log):
 * {@code path:line:col: LLnnn message [Resource]} and {@code related: path:line:col: fact}. A resource of
 * a CDK app is named by its construct path ({@code [AppStack/WorkerFn]}), not its generated logical id.
 */
public final class FindingText {

    private FindingText() {
    }

    /** The finding's line after its level word. */
    public static String body(Finding finding) {
        StringBuilder line = new StringBuilder()
                .append(finding.ruleId()).append(' ')
                .append(printable(finding.message()));
        finding.resourceName().ifPresent(resource -> line.append(" [").append(printable(resource)).append(']'));
        return line.toString();
    }

    /** One evidence line, indented under its finding. */
    public static String related(RelatedLocation related) {
        return "    related: " + place(related.location()) + ": " + printable(related.description());
    }

    public static String place(Location location) {
        return printable(location.file()) + ":" + location.position().line() + ":" + location.position().column();
    }

    /**
     * Messages quote template text, and a template may hold control characters: written raw
     * they could break the one-line-per-finding layout or drive the terminal (escape sequences).
     */
    public static String printable(String text) {
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
}
