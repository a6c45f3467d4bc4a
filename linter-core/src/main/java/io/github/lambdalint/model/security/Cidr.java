package io.github.lambdalint.model.security;

import java.util.Optional;

/**
 * An IPv4 CIDR block ({@code 10.0.0.0/16}), for the questions security-group rules raise: does
 * a rule's range cover a subnet, or miss it entirely. Host bits are ignored, as EC2 does when it
 * normalises a block.
 */
public record Cidr(long network, int prefix) {

    /** Every IPv4 address. */
    public static final Cidr ANYWHERE = new Cidr(0, 0);
    /** The loopback range: no VPC address is ever in it (the documented "no egress" rule uses it). */
    public static final Cidr LOOPBACK = new Cidr(127L << 24, 8);

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("an IPv4 prefix is 0..32, not " + prefix);
        }
        network = network & mask(prefix);
    }

    /** Reads {@code a.b.c.d/n}; a bare address is a /32. Anything else is empty. */
    public static Optional<Cidr> parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        int prefix = 32;
        if (slash >= 0) {
            String bits = trimmed.substring(slash + 1);
            if (bits.isEmpty() || bits.length() > 2 || !bits.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(bits);
            if (prefix > 32) {
                return Optional.empty();
            }
        }
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int part = Integer.parseInt(octet);
            if (part > 255) {
                return Optional.empty();
            }
            value = (value << 8) | part;
        }
        return Optional.of(new Cidr(value, prefix));
    }

    /** True when every address of {@code other} is in this block. */
    public boolean contains(Cidr other) {
        return prefix <= other.prefix && (other.network & mask(prefix)) == network;
    }

    /** True when the two blocks share at least one address. */
    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    @Override
    public String toString() {
        return ((network >> 24) & 0xFF) + "." + ((network >> 16) & 0xFF) + "." + ((network >> 8) & 0xFF) + "."
                + (network & 0xFF) + "/" + prefix;
    }
}
