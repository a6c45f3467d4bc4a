package io.github.lambdalint.model.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CidrTest {

    private static Cidr cidr(String text) {
        return Cidr.parse(text).orElseThrow();
    }

    @Test
    void parsesBlocksAndBareAddresses() {
        assertThat(cidr("10.0.0.0/16")).hasToString("10.0.0.0/16");
        assertThat(cidr("192.168.1.7")).isEqualTo(new Cidr((192L << 24) | (168 << 16) | (1 << 8) | 7, 32));
        assertThat(cidr(" 0.0.0.0/0 ")).isEqualTo(Cidr.ANYWHERE);
    }

    @Test
    void normalisesHostBits() {
        assertThat(cidr("10.0.1.77/24")).isEqualTo(cidr("10.0.1.0/24"));
        assertThat(cidr("255.255.255.255/1")).hasToString("128.0.0.0/1");
    }

    @Test
    void rejectsWhatIsNoIpv4Block() {
        assertThat(Cidr.parse("10.0.0/16")).isEmpty();
        assertThat(Cidr.parse("10.0.0.256/16")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/")).isEmpty();
        assertThat(Cidr.parse("::/0")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/-1")).isEmpty();
        assertThat(Cidr.parse("a.b.c.d/8")).isEmpty();
        assertThat(Cidr.parse("")).isEmpty();
    }

    @Test
    void containment() {
        assertThat(cidr("10.0.0.0/16").contains(cidr("10.0.1.0/24"))).isTrue();
        assertThat(cidr("10.0.0.0/16").contains(cidr("10.0.0.0/16"))).isTrue();
        assertThat(cidr("10.0.1.0/24").contains(cidr("10.0.0.0/16"))).isFalse();
        assertThat(cidr("10.0.0.0/16").contains(cidr("10.1.0.0/24"))).isFalse();
        assertThat(Cidr.ANYWHERE.contains(cidr("203.0.113.9/32"))).isTrue();
        assertThat(cidr("10.0.0.0/8").contains(cidr("10.255.255.255"))).isTrue();
        assertThat(Cidr.LOOPBACK.contains(cidr("127.0.0.1/32"))).isTrue();
    }

    @Test
    void overlap() {
        assertThat(cidr("10.0.0.0/16").overlaps(cidr("10.0.9.0/24"))).isTrue();
        assertThat(cidr("10.0.9.0/24").overlaps(cidr("10.0.0.0/16"))).isTrue();
        assertThat(cidr("10.0.1.0/24").overlaps(cidr("10.0.2.0/24"))).isFalse();
        assertThat(cidr("10.0.0.0/23").overlaps(cidr("10.0.1.0/24"))).isTrue();
        assertThat(cidr("172.16.0.0/12").overlaps(cidr("172.32.0.0/16"))).isFalse();
    }
}
