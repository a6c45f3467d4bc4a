package io.github.lambdalint.parse;

/**
 * Bounds that keep a hostile or generated file from exhausting memory or time. Each is far
 * above what CloudFormation itself accepts (a 1 MB template body, 500 resources), so a real
 * template never meets them; a file that does gets one {@code LL000} finding naming the limit.
 * docs/rules/LL000.md lists them.
 *
 * @param maxBytes         file size in bytes
 * @param maxDepth         nesting of mappings and lists (intrinsic functions included)
 * @param maxAliases       YAML aliases ({@code *name}) in one file
 * @param maxNodes         nodes of the document once every alias is expanded: bounds both a
 *                         huge file and an alias bomb ("billion laughs")
 * @param maxResources     entries of {@code Resources}; the ones past it are not checked
 * @param maxStringLength  characters of one scalar or key
 */
public record ParseLimits(int maxBytes, int maxDepth, int maxAliases, long maxNodes, int maxResources,
                          int maxStringLength) {

    public static final ParseLimits DEFAULT =
            new ParseLimits(10 * 1024 * 1024, 200, 500, 500_000, 10_000, 1024 * 1024);

    public ParseLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0 || maxNodes <= 0 || maxResources <= 0
                || maxStringLength <= 0) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }
}
