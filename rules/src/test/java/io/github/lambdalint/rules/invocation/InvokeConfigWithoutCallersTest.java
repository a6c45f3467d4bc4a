package io.github.lambdalint.rules.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.finding.Finding;

/** An event invoke config without OnFailure is evidence of asynchronous invocation when no caller is in view. */
class InvokeConfigWithoutCallersTest {

    private static final LintEngine ENGINE = new LintEngine(List.of(new AsyncInvocationWithoutFailureDestination()));
    private static final Path TESTDATA = Path.of("..", "testdata", "rules", "LL301");

    private static List<Finding> lint(String template) throws Exception {
        return ENGINE.lint(LintRequest.builder(TESTDATA).paths(List.of(TESTDATA.resolve(template)))
                .configFile(Optional.empty()).build()).findings();
    }

    @Test
    void zeroRetriesWithoutOnFailureSaysFailedEventsAreDroppedAtOnce() throws Exception {
        assertThat(lint("sam-invoke-config-zero-retries-without-callers.yaml")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("function Reminder is configured for asynchronous invocation")
                    .contains("an event that fails is dropped at once, since retries are set to 0");
            assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.description())
                    .contains("sets MaximumRetryAttempts 0 and MaximumEventAgeInSeconds 60"));
        });
    }

    @Test
    void anOnFailureDestinationKeepsItQuiet() throws Exception {
        assertThat(lint("quiet-invoke-config-on-failure-without-callers.yaml")).isEmpty();
    }
}
