package io.github.lambdalint.rules.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.finding.Finding;

/**
 * A source's own dead-letter queue (SNS RedrivePolicy, EventBridge DeadLetterConfig) does not keep
 * events the function fails on: LL301 still fires, and its message says why, so that a user who
 * set one does not take the finding for a false positive.
 */
class DeliveryDeadLetterTest {

    private static final LintEngine ENGINE = new LintEngine(List.of(new AsyncInvocationWithoutFailureDestination()));
    private static final Path TESTDATA = Path.of("..", "testdata", "rules", "LL301");

    private static Finding onlyFinding(String template) throws Exception {
        List<Finding> findings = ENGINE.lint(LintRequest.builder(TESTDATA)
                .paths(List.of(TESTDATA.resolve(template))).configFile(Optional.empty()).build()).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void anSnsRedrivePolicyIsNamedAsCoveringOnlyDelivery() throws Exception {
        Finding finding = onlyFinding("cfn-sns-subscription-redrive-policy-is-not-function-dlq.yaml");
        assertThat(finding.message()).contains("The dead-letter queue of subscription AlertSubscription covers "
                + "only delivery to Lambda, not failures inside the function.");
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.description()).isEqualTo("the dead-letter queue of subscription AlertSubscription keeps "
                    + "only events Amazon SNS cannot deliver to Lambda");
            assertThat(e.location().position().line()).isEqualTo(35);
        });
    }

    @Test
    void anEventBridgeDeadLetterConfigIsNamedAsCoveringOnlyDelivery() throws Exception {
        Finding finding = onlyFinding("sam-eventbridge-rule-dlq-is-not-function-dlq.yaml");
        assertThat(finding.message()).contains("The dead-letter queue of EventBridgeRule event OrderPlaced covers "
                + "only delivery to Lambda");
    }

    @Test
    void withoutASourceDeadLetterQueueTheMessageSaysNothingOfOne() throws Exception {
        assertThat(onlyFinding("sam-s3-event-no-dlq.yaml").message()).doesNotContain("covers only delivery");
    }
}
