package io.github.lambdalint.model.network;

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

    public static boolean isSecurityGroupId(String text) {
        return hasPrefix(text, SECURITY_GROUP_PREFIX);
    }

    private static boolean hasPrefix(String text, String prefix) {
        return text.startsWith(prefix) && text.length() > prefix.length();
    }
}
