package io.github.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.api.TemplateNotReadable;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.finding.Suppression;
import io.github.lambdalint.parse.Position;

class FindingLoggerTest {

    private static final Finding BROKEN = finding("LL000", Level.ERROR, "template.yaml", 3, 7, null,
            "mapping values are not allowed here", List.of());
    private static final Finding ONE_SUBNET = finding("LL104", Level.WARNING, "infra/api.yaml", 12, 9, "Fn",
            "the function runs in one subnet only", List.of(new RelatedLocation("subnet SubnetA",
                    new Location("infra/api.yaml", new Position(30, 3)))));
    private static final Finding UNKNOWN = finding("LL101", Level.NOTE, "infra/api.yaml", 14, 5, "Fn",
            "subnets come from a parameter", List.of());

    @Test
    void findingsThatFailTheBuildAreErrorsAndEvidenceIsInfoUnderTheirFinding() {
        RecordingLog log = new RecordingLog(false);
        new FindingLogger(log, file -> file).log(result(FailOn.ERROR, BROKEN, ONE_SUBNET, UNKNOWN,
                ONE_SUBNET.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "accepted"))));
        assertThat(log.lines).containsExactly(
                "[ERROR] template.yaml:3:7: error LL000 mapping values are not allowed here",
                "[WARNING] infra/api.yaml:12:9: warning LL104 the function runs in one subnet only [Fn]",
                "[INFO]     related: infra/api.yaml:30:3: subnet SubnetA",
                "[INFO] infra/api.yaml:14:5: note LL101 subnets come from a parameter [Fn]");
    }

    @Test
    void withFailOnNeverNothingIsLoggedAsAnError() {
        RecordingLog log = new RecordingLog(false);
        new FindingLogger(log, file -> file).log(result(FailOn.NEVER, BROKEN, ONE_SUBNET, UNKNOWN));
        assertThat(log.lines).containsExactly(
                "[WARNING] template.yaml:3:7: error LL000 mapping values are not allowed here",
                "[WARNING] infra/api.yaml:12:9: warning LL104 the function runs in one subnet only [Fn]",
                "[INFO]     related: infra/api.yaml:30:3: subnet SubnetA",
                "[INFO] infra/api.yaml:14:5: note LL101 subnets come from a parameter [Fn]");
    }

    @Test
    void withFailOnNoteEveryFindingIsAnErrorAndPathsAreShownFromTheExecutionRoot() {
        RecordingLog log = new RecordingLog(false);
        new FindingLogger(log, file -> "orders/" + file).log(result(FailOn.NOTE, ONE_SUBNET, UNKNOWN));
        assertThat(log.lines).containsExactly(
                "[ERROR] orders/infra/api.yaml:12:9: warning LL104 the function runs in one subnet only [Fn]",
                "[INFO]     related: orders/infra/api.yaml:30:3: subnet SubnetA",
                "[ERROR] orders/infra/api.yaml:14:5: note LL101 subnets come from a parameter [Fn]");
    }

    @Test
    void controlCharactersFromTheTemplateAreEscaped() {
        RecordingLog log = new RecordingLog(false);
        new FindingLogger(log, file -> file).log(result(FailOn.ERROR, finding("LL000", Level.ERROR, "t.yaml", 1, 1,
                "Bad\nName", "unknown tag !X\u001b[2J", List.of())));
        assertThat(log.lines).containsExactly(
                "[ERROR] t.yaml:1:1: error LL000 unknown tag !X\\u001b[2J [Bad\\u000aName]");
    }

    @Test
    void suppressedFindingsShowOnlyInDebug() {
        RecordingLog log = new RecordingLog(true);
        new FindingLogger(log, file -> file).log(result(FailOn.ERROR,
                ONE_SUBNET.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "one AZ is fine here"))));
        assertThat(log.lines).containsExactly("[DEBUG] infra/api.yaml:12:9: warning LL104 the function runs in one "
                + "subnet only [Fn] (suppressed: one AZ is fine here)");
    }

    @Test
    void theSummaryCountsByLevel() {
        LintResult result = result(FailOn.WARNING, BROKEN, ONE_SUBNET, UNKNOWN,
                UNKNOWN.withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "known")));
        assertThat(FindingLogger.summary(result, "target/lambda-lint.sarif"))
                .isEqualTo("lambda-lint: 2 templates checked, 1 error, 1 warning, 1 note, 1 suppressed "
                        + "(failOn: warning); SARIF: target/lambda-lint.sarif");
        assertThat(FindingLogger.summary(result(FailOn.NEVER), "x.sarif"))
                .isEqualTo("lambda-lint: 2 templates checked, 0 errors, 0 warnings, 0 notes (failOn: never); "
                        + "SARIF: x.sarif");
    }

    private static LintResult result(Finding... findings) {
        return result(FailOn.ERROR, findings);
    }

    private static LintResult result(FailOn failOn, Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), 2, List.of(),
                List.of(TemplateNotReadable.INFO), failOn);
    }

    private static Finding finding(String rule, Level level, String file, int line, int column, String resource,
                                   String message, List<RelatedLocation> evidence) {
        return new Finding(rule, level, message, new Location(file, new Position(line, column)),
                Optional.ofNullable(resource), evidence, Optional.empty(), "fp-" + rule);
    }
}
