package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.api.FileError;
import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.rule.RuleInfo;

/**
 * GitHub Actions workflow commands: a step that prints them gets one annotation per finding on
 * the pull request's files, without code scanning.
 *
 * <pre>
 * ::error file=templates/app.yaml,line=12,col=5,title=LL101 VpcFunctionWithoutEgress::ApiFn calls ...%0A  related: ...
 * </pre>
 *
 * Levels map to {@code error}, {@code warning} and {@code notice}; the evidence follows the
 * message on lines of its own. Escaping follows GitHub's toolkit ({@code actions/toolkit},
 * {@code packages/core/src/command.ts}): in the message {@code %}, CR and LF become
 * {@code %25}, {@code %0D}, {@code %0A}; in a property also {@code :} and {@code ,}
 * ({@code %3A}, {@code %2C}). Paths are relative to the {@link SourceRoot} — the repository
 * root, as GitHub wants them. Suppressed and baseline findings are not annotated; the summary
 * line counts them, as in the text report.
 */
public final class GithubReporter implements Reporter {

    private final SourceRoot sourceRoot;

    public GithubReporter(SourceRoot sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        result.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        for (Finding finding : result.findings()) {
            if (!finding.isActive()) {
                continue;
            }
            // Template text in messages may hold control characters: shown escaped, as in the text report.
            StringBuilder message = new StringBuilder(FindingText.printable(finding.message()));
            finding.resourceName().ifPresent(resource -> message.append(" [").append(FindingText.printable(resource))
                    .append(']'));
            for (RelatedLocation related : finding.evidence()) {
                message.append("\n  related: ").append(FindingText.printable(sourceRoot.path(related.location().file())))
                        .append(':').append(related.location().position().line()).append(':')
                        .append(related.location().position().column()).append(": ")
                        .append(FindingText.printable(related.description()));
            }
            String title = Optional.ofNullable(rules.get(finding.ruleId()))
                    .map(rule -> rule.id() + " " + rule.name()).orElse(finding.ruleId());
            out.write(command(command(finding.level()), finding.location().file(),
                    finding.location().position().line(), finding.location().position().column(), title,
                    message.toString()));
        }
        for (FileError error : result.fileErrors()) {
            out.write(command("error", error.file(), 0, 0, "lambda-lint: file not read",
                    FindingText.printable(error.message())));
        }
        for (LintCrash error : result.crashes()) {
            out.write(command("error", error.file(), 0, 0, "lambda-lint: internal error",
                    "internal error while checking (" + error.stage() + "): "
                            + FindingText.printable(InternalErrors.describe(error.cause()))));
        }
        out.write(TextReporter.summaryLine(Summary.of(result)));
        out.write('\n');
        out.flush();
    }

    private static String command(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** One workflow command; line and column 0 leave the position out (the whole file). */
    private String command(String name, String file, int line, int column, String title, String message) {
        StringBuilder command = new StringBuilder("::").append(name)
                .append(" file=").append(property(FindingText.printable(sourceRoot.path(file))));
        if (line > 0) {
            command.append(",line=").append(line).append(",col=").append(column);
        }
        return command.append(",title=").append(property(title))
                .append("::").append(data(message)).append('\n').toString();
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
