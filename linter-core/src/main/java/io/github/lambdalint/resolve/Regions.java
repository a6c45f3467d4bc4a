package io.github.lambdalint.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The AWS Regions that exist, and the partition of each: the one table of them. Copied by hand
 * from the partition metadata the AWS SDKs ship (botocore {@code botocore/data/partitions.json},
 * the {@code regions} of every partition except the {@code *-global} pseudo-regions), checked
 * December 2026. A Region AWS opens later is missing until this table is updated.
 */
public final class Regions {

    private static final Map<String, String> PARTITION_BY_REGION = Map.ofEntries(
            Map.entry("af-south-1", "aws"),
            Map.entry("ap-east-1", "aws"),
            Map.entry("ap-east-2", "aws"),
            Map.entry("ap-northeast-1", "aws"),
            Map.entry("ap-northeast-2", "aws"),
            Map.entry("ap-northeast-3", "aws"),
            Map.entry("ap-south-1", "aws"),
            Map.entry("ap-south-2", "aws"),
            Map.entry("ap-southeast-1", "aws"),
            Map.entry("ap-southeast-2", "aws"),
            Map.entry("ap-southeast-3", "aws"),
            Map.entry("ap-southeast-4", "aws"),
            Map.entry("ap-southeast-5", "aws"),
            Map.entry("ap-southeast-6", "aws"),
            Map.entry("ap-southeast-7", "aws"),
            Map.entry("ca-central-1", "aws"),
            Map.entry("ca-west-1", "aws"),
            Map.entry("eu-central-1", "aws"),
            Map.entry("eu-central-2", "aws"),
            Map.entry("eu-north-1", "aws"),
            Map.entry("eu-south-1", "aws"),
            Map.entry("eu-south-2", "aws"),
            Map.entry("eu-west-1", "aws"),
            Map.entry("eu-west-2", "aws"),
            Map.entry("eu-west-3", "aws"),
            Map.entry("il-central-1", "aws"),
            Map.entry("me-central-1", "aws"),
            Map.entry("me-south-1", "aws"),
            Map.entry("mx-central-1", "aws"),
            Map.entry("sa-east-1", "aws"),
            Map.entry("us-east-1", "aws"),
            Map.entry("us-east-2", "aws"),
            Map.entry("us-west-1", "aws"),
            Map.entry("us-west-2", "aws"),
            Map.entry("cn-north-1", "aws-cn"),
            Map.entry("cn-northwest-1", "aws-cn"),
            Map.entry("eusc-de-east-1", "aws-eusc"),
            Map.entry("us-iso-east-1", "aws-iso"),
            Map.entry("us-iso-west-1", "aws-iso"),
            Map.entry("us-isob-east-1", "aws-iso-b"),
            Map.entry("eu-isoe-west-1", "aws-iso-e"),
            Map.entry("us-isof-east-1", "aws-iso-f"),
            Map.entry("us-isof-south-1", "aws-iso-f"),
            Map.entry("us-gov-east-1", "aws-us-gov"),
            Map.entry("us-gov-west-1", "aws-us-gov"));

    private static final Pattern NAME_SHAPE = Pattern.compile("[a-z]{2}(?:-[a-z]+)+-\\d+");

    private Regions() {
    }

    /**
     * True when a text has the shape of a Region's name ({@code eu-west-1}, {@code us-gov-east-1},
     * {@code us-isob-east-1}), listed in the table or not: a label of an ARN or a host name that is a
     * Region, and a name the table may not know yet.
     */
    public static boolean hasRegionShape(String text) {
        return NAME_SHAPE.matcher(text).matches();
    }

    public static boolean exists(String region) {
        return PARTITION_BY_REGION.containsKey(region);
    }

    /** The partition of a Region in the table ({@code aws}, {@code aws-cn}, {@code aws-us-gov}, …). */
    public static Optional<String> partition(String region) {
        return Optional.ofNullable(PARTITION_BY_REGION.get(region));
    }

    /** Every Region, sorted, for messages that list what is allowed. */
    public static Set<String> all() {
        return new TreeSet<>(PARTITION_BY_REGION.keySet());
    }
}
