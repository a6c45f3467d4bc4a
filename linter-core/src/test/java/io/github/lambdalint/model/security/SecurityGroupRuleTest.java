package io.github.lambdalint.model.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

class SecurityGroupRuleTest {

    private static final Position AT = new Position(1, 1);

    private static Optional<Value> text(String text) {
        return Optional.of(new Value.Text(text, ScalarNode.string(text, AT)));
    }

    private static SecurityGroupRule rule(String protocol, String from, String to) {
        return new SecurityGroupRule(SecurityGroupRule.Direction.INGRESS, Optional.ofNullable(protocol).flatMap(
                SecurityGroupRuleTest::text), Optional.ofNullable(from).flatMap(SecurityGroupRuleTest::text),
                Optional.ofNullable(to).flatMap(SecurityGroupRuleTest::text), text("0.0.0.0/0"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), AT);
    }

    @Test
    void allProtocolsIgnoreThePorts() {
        assertThat(rule("-1", null, null).allowsTcpPort(5432)).isEqualTo(TriState.YES);
        assertThat(rule("-1", "80", "80").allowsTcpPort(5432)).isEqualTo(TriState.YES);
    }

    @Test
    void tcpNeedsThePortInItsRange() {
        assertThat(rule("tcp", "5432", "5432").allowsTcpPort(5432)).isEqualTo(TriState.YES);
        assertThat(rule("TCP", "0", "65535").allowsTcpPort(6379)).isEqualTo(TriState.YES);
        assertThat(rule("6", "3306", "3306").allowsTcpPort(3306)).isEqualTo(TriState.YES);
        assertThat(rule("tcp", "3306", "3306").allowsTcpPort(5432)).isEqualTo(TriState.NO);
        assertThat(rule("tcp", "-1", "-1").allowsTcpPort(5432)).isEqualTo(TriState.YES);
    }

    @Test
    void otherProtocolsCarryNoTcp() {
        assertThat(rule("udp", "0", "65535").allowsTcpPort(5432)).isEqualTo(TriState.NO);
        assertThat(rule("icmp", "-1", "-1").allowsTcpPort(5432)).isEqualTo(TriState.NO);
    }

    @Test
    void unknownsStayUnknown() {
        assertThat(rule(null, "5432", "5432").allowsTcpPort(5432)).isEqualTo(TriState.UNKNOWN);
        assertThat(rule("tcp", null, "5432").allowsTcpPort(5432)).isEqualTo(TriState.UNKNOWN);
    }
}
