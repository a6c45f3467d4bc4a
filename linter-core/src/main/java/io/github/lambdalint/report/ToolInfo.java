package io.github.lambdalint.report;

/** How reports name the tool (SARIF {@code tool.driver}). */
public record ToolInfo(String name, String version, String informationUri) {

    public static final String NAME = "lambda-lint";
    public static final String INFORMATION_URI = "https://github.com/lambdalint/lambda-lint";

    /** The version from the core jar's manifest, or "dev" when run from classes. */
    public static ToolInfo current() {
        String version = ToolInfo.class.getPackage().getImplementationVersion();
        return new ToolInfo(NAME, version == null ? "dev" : version, INFORMATION_URI);
    }
}
