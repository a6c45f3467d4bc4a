package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.lambdalint.api.FileError;
import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.rule.RuleInfo;

/**
 * JUnit XML, as GitLab's unit test reports and Jenkins' JUnit plugin read it: one test case
 * per finding, so each one is listed with its message (a case can hold only one failure).
 * GitLab shows a case's {@code classname} as its suite and {@code name} as its name, and keeps
 * only the first of several cases with the same pair; so {@code classname} is the template's
 * path, {@code name} the rule and resource (numbered when one resource has two findings of a
 * rule), and neither holds a line number, which would make a moved line a new test.
 *
 * <ul>
 * <li>a finding that counts: {@code <failure type="error|warning|note">}, the text report's
 *     lines (finding and evidence) as its body;</li>
 * <li>a suppressed or baseline finding: {@code <skipped>} with the reason;</li>
 * <li>a file that could not be read, an internal error: {@code <error>}.</li>
 * </ul>
 * A clean run is an empty suite. No timestamps or durations: the report is deterministic.
 */
public final class JunitReporter implements Reporter {

    private final ToolInfo tool;

    public JunitReporter(ToolInfo tool) {
        this.tool = tool;
    }

    /** One test case before it is written. */
    private record Case(String classname, String name, String element, String type, String message, String body) {
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        result.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        Map<String, Integer> seen = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Finding finding : result.findings()) {
            String file = finding.location().file();
            RuleInfo rule = rules.get(finding.ruleId());
            String name = finding.ruleId() + (rule == null ? "" : " " + rule.name())
                    + finding.resourceName().map(resource -> " [" + resource + "]").orElse("");
            int occurrence = seen.merge(file + "\u0000" + name, 1, Integer::sum);
            if (occurrence > 1) {
                name += " (" + occurrence + ")";
            }
            if (finding.isActive()) {
                StringBuilder body = new StringBuilder(FindingText.place(finding.location())).append(": ")
                        .append(finding.level().label()).append(' ').append(FindingText.body(finding)).append('\n');
                for (RelatedLocation related : finding.evidence()) {
                    body.append(FindingText.related(related)).append('\n');
                }
                cases.add(new Case(file, name, "failure", finding.level().label(), finding.message(), body.toString()));
            } else {
                String why = finding.suppression().map(s -> "suppressed: " + s.justification())
                        .orElse("in the baseline");
                cases.add(new Case(file, name, "skipped", "", why, ""));
            }
        }
        for (FileError error : result.fileErrors()) {
            cases.add(new Case(error.file(), "lambda-lint reads the file", "error", "file", error.message(), ""));
        }
        for (LintCrash error : result.crashes()) {
            cases.add(new Case(error.file(), "lambda-lint checks the file (" + error.stage() + ")", "error",
                    "internal", InternalErrors.describe(error.cause()), ""));
        }
        long failures = cases.stream().filter(c -> c.element().equals("failure")).count();
        long errors = cases.stream().filter(c -> c.element().equals("error")).count();
        long skipped = cases.stream().filter(c -> c.element().equals("skipped")).count();
        String counts = " tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"" + errors
                + "\" skipped=\"" + skipped + "\"";

        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + attribute(tool.name()) + "\"" + counts + ">\n");
        out.write("  <testsuite name=\"" + attribute(tool.name()) + "\"" + counts + ">\n");
        out.write("    <properties>\n      <property name=\"version\" value=\"" + attribute(tool.version())
                + "\"/>\n    </properties>\n");
        for (Case c : cases) {
            out.write("    <testcase classname=\"" + attribute(c.classname()) + "\" name=\"" + attribute(c.name())
                    + "\" file=\"" + attribute(c.classname()) + "\">\n");
            out.write("      <" + c.element());
            if (!c.type().isEmpty()) {
                out.write(" type=\"" + attribute(c.type()) + "\"");
            }
            out.write(" message=\"" + attribute(c.message()) + "\"");
            if (c.body().isEmpty()) {
                out.write("/>\n");
            } else {
                out.write(">" + text(c.body()) + "</" + c.element() + ">\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n</testsuites>\n");
        out.flush();
    }

    private static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }

    /**
     * Character data: markup characters escaped, and characters XML 1.0 cannot hold at all
     * (controls, unpaired surrogates) shown as escapes instead of breaking the file.
     */
    private static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\n', '\t' -> escaped.append(c);
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (pairedHigh) {
                        escaped.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
