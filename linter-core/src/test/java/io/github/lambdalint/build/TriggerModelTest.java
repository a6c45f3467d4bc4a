package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.trigger.EventSource;
import io.github.lambdalint.model.trigger.InvocationModel;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Value;

class TriggerModelTest {

    private final TemplateModel model = Models.of("triggers.yaml");

    @Test
    void samEventsCarryTheirInvocationModel() {
        assertThat(model.triggersOf("Handler"))
                .extracting(Trigger::description, Trigger::source, Trigger::invocation)
                .containsExactly(
                        tuple("S3 event Upload", EventSource.S3, InvocationModel.ASYNC),
                        tuple("SNS event Fanout (through an SQS subscription)", EventSource.SQS, InvocationModel.POLL),
                        tuple("SQS event Work", EventSource.SQS, InvocationModel.POLL),
                        tuple("HttpApi event Api", EventSource.API_GATEWAY, InvocationModel.SYNC));
    }

    @Test
    void rawResourcesThatNameTheFunctionAreTriggers() {
        assertThat(model.triggersOf("Raw"))
                .extracting(Trigger::description, Trigger::invocation)
                .containsExactlyInAnyOrder(
                        tuple("subscription RawSubscription", InvocationModel.ASYNC),
                        tuple("rule Nightly", InvocationModel.ASYNC),
                        tuple("permission LogsPermission for logs.amazonaws.com", InvocationModel.ASYNC),
                        tuple("event source mapping StreamMapping", InvocationModel.POLL));
    }

    @Test
    void eventSourceMappingsKnowTheirSourceAndSettings() {
        Trigger mapping = model.triggersOf("Raw").stream()
                .filter(t -> t.invocation() == InvocationModel.POLL).findFirst().orElseThrow();
        assertThat(mapping.source()).isEqualTo(EventSource.KINESIS);
        assertThat(mapping.polling().orElseThrow().maximumRetryAttempts().flatMap(Value::asLong)).contains(2L);
    }

    @Test
    void triggersPointWhereTheyAreDeclared() {
        Trigger upload = model.triggersOf("Handler").get(0);
        assertThat(upload.position().line()).isEqualTo(22);
    }
}
