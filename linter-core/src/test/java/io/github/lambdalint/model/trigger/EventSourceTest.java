package io.github.lambdalint.model.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventSourceTest {

    @Test
    void samEventTypesNameTheirService() {
        assertThat(EventSource.ofSamEventType("Schedule")).contains(EventSource.EVENTBRIDGE);
        assertThat(EventSource.ofSamEventType("ScheduleV2")).contains(EventSource.SCHEDULER);
        assertThat(EventSource.ofSamEventType("HttpApi")).contains(EventSource.API_GATEWAY);
        assertThat(EventSource.ofSamEventType("DynamoDB")).contains(EventSource.DYNAMODB_STREAMS);
        assertThat(EventSource.ofSamEventType("dynamodb")).as("SAM types are case-sensitive").isEmpty();
    }

    @Test
    void principalsAreServicePrincipalsOnly() {
        assertThat(EventSource.ofPrincipal("s3.amazonaws.com")).contains(EventSource.S3);
        assertThat(EventSource.ofPrincipal("alexa-connectedhome.amazon.com")).contains(EventSource.ALEXA);
        assertThat(EventSource.ofPrincipal("123456789012")).isEmpty();
        assertThat(EventSource.ofPrincipal("sqs.amazonaws.com")).as("SQS is polled, never granted").isEmpty();
    }

    @Test
    void everyPolledSourceHasAMappingAndNoOtherDoes() {
        for (EventSource source : EventSource.values()) {
            assertThat(source.mapping().isPresent()).as(source.name())
                    .isEqualTo(source.invocation() == InvocationModel.POLL);
        }
        assertThat(EventSource.ofSourceResourceType("AWS::Kinesis::StreamConsumer")).contains(EventSource.KINESIS);
        assertThat(EventSource.SQS.mapping().orElseThrow().samSourceProperty()).contains("Queue");
        assertThat(EventSource.SELF_MANAGED_KAFKA.mapping().orElseThrow().samSourceProperty()).isEmpty();
    }
}
