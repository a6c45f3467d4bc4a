package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.finding.Finding;

/**
 * The related locations of a finding on a network the AWS snapshot describes point at the snapshot
 * file and line of each deciding fact: the route in state blackhole, the NAT gateway being deleted,
 * the security-group rules that do not match.
 */
class SnapshotEvidenceTest {

    private static final String PAYMENTS = "snapshots/payments-eu-central-1/";

    @Test
    void aBlackholeRouteIsShownInTheRouteTablesFile() throws Exception {
        List<String> evidence = evidence("LL101/sam-blackhole-route-to-deleted-nat-from-snapshot.yaml", "LL101");

        assertThat(evidence).anyMatch(e -> e.endsWith(PAYMENTS + "route-tables.json:174:17: the 0.0.0.0/0 route of route table"
                + " rtb-0e5e6f7f8a9a0b105 sends 0.0.0.0/0 to a NAT gateway nat-0c9d1e3f5a7b9c103 and is in state"
                + " blackhole (its target is not available), so it drops the traffic"));
        assertThat(evidence).anyMatch(e -> e.contains(PAYMENTS + "route-tables.json:")
                && e.endsWith("subnet subnet-0e9a1c3d5f7b9e105 uses route table rtb-0e5e6f7f8a9a0b105"));
    }

    @Test
    void aNatGatewayBeingDeletedIsShownInTheNatGatewaysFile() throws Exception {
        List<String> evidence = evidence("LL101/sam-nat-gateway-being-deleted-from-snapshot.yaml",
                "LL101");

        assertThat(evidence).anyMatch(e -> e.contains(PAYMENTS + "nat-gateways.json:")
                && e.endsWith("NAT gateway nat-0d0e2f4a6b8c0d204 is being deleted (State: deleting)"));
    }

    @Test
    void securityGroupRulesAreShownInTheSecurityGroupsFile() throws Exception {
        List<String> egress = evidence("LL203/cfn-function-group-https-only-from-snapshot.yaml", "LL203");
        List<String> ingress = evidence("LL203/cfn-database-admits-other-subnets-from-snapshot.yaml", "LL203");

        assertThat(egress).anyMatch(e -> e.contains(PAYMENTS + "security-groups.json:")
                && e.endsWith("an egress rule of group sg-0a2c4e6f8b0d2f401 does not allow TCP 5432 to the target"));
        assertThat(egress).anyMatch(e -> e.contains(PAYMENTS + "security-groups.json:")
                && e.endsWith("group sg-0a2c4e6f8b0d2f401 has no other egress rule (not EC2's allow-all one either)"));
        assertThat(ingress).filteredOn(e -> e.contains("does not allow TCP 5432 from the function")).hasSize(2)
                .allMatch(e -> e.contains(PAYMENTS + "security-groups.json:"));
    }

    /** The related locations of the one finding of {@code rule}, as {@code file:line:column: description}. */
    private static List<String> evidence(String template, String rule) throws Exception {
        List<Finding> findings = SnapshotTwinsTest.lint(TestdataTest.TESTDATA.resolve(template)).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(findings).hasSize(1);
        return findings.get(0).evidence().stream()
                .map(e -> e.location().file() + ":" + e.location().position() + ": " + e.description()).toList();
    }
}
