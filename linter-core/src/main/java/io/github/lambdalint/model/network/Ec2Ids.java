package io.github.lambdalint.model.network;

import io.github.lambdalint.resolve.Value;

/**
 * The shape of EC2 resource ids: a resource prefix, a hyphen and the unique part
 * ({@code subnet-0a1b2c3d}, {@code sg-0123456789abcdef0}). A literal without its prefix names no
 * subnet or security group that can exist (often a {@code !Ref} left out: {@code PrivateSubnet1ID}).
 */
public final class Ec2Ids {

    public static final String SUBNET_PREFIX = "subnet-";
    public static final String SECURITY_GROUP_PREFIX = "sg-";

    private Ec2Ids() {
    }

    public static boolean isSubnetId(String text) {
        return hasPrefix(text, SUBNET_PREFIX);
    }

    /**
     * A literal that no subnet can have as its id ({@code private-a}, a subnet's name): the stack
     * fails to deploy, which is LL105's finding; nothing else can be said about such a subnet.
     */
    public static boolean namesNoSubnet(Value value) {
        return value instanceof Value.Text text && !isSubnetId(text.text());
    }

    public static boolean isSecurityGroupId(String text) {
        return hasPrefix(text, SECURITY_GROUP_PREFIX);
    }

    private static boolean hasPrefix(String text, String prefix) {
        return text.startsWith(prefix) && text.length() > prefix.length();
    }
}
