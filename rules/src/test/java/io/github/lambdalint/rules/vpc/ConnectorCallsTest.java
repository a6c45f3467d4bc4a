package io.github.lambdalint.rules.vpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.finding.Finding;

/** A SAM connector with the function as Source is a call, and the finding names the connector as evidence. */
class ConnectorCallsTest {

    private static final LintEngine ENGINE = new LintEngine(List.of(new VpcFunctionWithoutEgress()));
    private static final Path TESTDATA = Path.of("..", "testdata", "rules", "LL101");

    private static List<Finding> lint(String template) throws Exception {
        return ENGINE.lint(LintRequest.builder(TESTDATA).paths(List.of(TESTDATA.resolve(template)))
                .configFile(Optional.empty()).build()).findings();
    }

    @Test
    void aConnectorResourceIsEvidenceOfTheCall() throws Exception {
        assertThat(lint("sam-connector-to-queue-no-egress.yaml")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("the sqs API");
            assertThat(f.evidence()).extracting(RelatedLocation::description).contains(
                    "SAM connector SenderToOrders gives the function Write access to Orders (AWS::SQS::Queue)");
            assertThat(f.evidence()).filteredOn(e -> e.description().startsWith("SAM connector"))
                    .singleElement().satisfies(e -> assertThat(e.location().position().line()).isEqualTo(43));
        });
    }

    @Test
    void embeddedConnectorsAreEvidenceByTheirNameAndSamTypesMapToTheirProfile() throws Exception {
        assertThat(lint("sam-embedded-connector-to-table-no-egress.yaml")).singleElement().satisfies(f ->
                assertThat(f.evidence()).extracting(RelatedLocation::description).contains(
                        "SAM connector WorkerNotesConnector gives the function Read and Write access to Notes"
                                + " (AWS::DynamoDB::Table)",
                        "SAM connector WorkerAlertsConnector gives the function Write access to Alerts"
                                + " (AWS::SNS::Topic)"));
    }

    @Test
    void connectorsToTheFunctionAreNoCallsOfIts() throws Exception {
        assertThat(lint("quiet-sam-connector-function-as-destination.yaml")).isEmpty();
    }
}
