package io.github.lambdalint.parse;

/**
 * Bounds that keep a hostile or generated file from exhausting memory or time. Each is far
 * above what CloudFormation itself accepts (1 MB template body, 500 resources), so a real
 * template never meets them.
 */
public record ParseLimits(int maxBytes, int maxDepth, int maxAliases, long maxExpandedNodes,
                          int maxResources) {

    public static final ParseLimits DEFAULT =
            new ParseLimits(10 * 1024 * 1024, 200, 500, 1_000_000, 10_000);

    public ParseLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0 || maxExpandedNodes <= 0 || maxResources <= 0) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }
}
