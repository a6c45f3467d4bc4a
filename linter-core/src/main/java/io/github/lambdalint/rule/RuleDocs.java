package io.github.lambdalint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's documentation page ({@code docs/rules/ID.md} in the source tree), as shipped in the
 * rules jar. The page is the one text behind {@code --explain}, SARIF {@code help} and the docs.
 */
public final class RuleDocs {

    static final String RESOURCE_DIRECTORY = "/io/github/lambdalint/rules/docs/";

    private RuleDocs() {
    }

    public static Optional<String> markdown(String ruleId) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE_DIRECTORY + ruleId + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's URL on the project site, for SARIF {@code helpUri}. */
    public static String uri(String ruleId) {
        return "https://github.com/lambdalint/lambda-lint/blob/main/docs/rules/" + ruleId + ".md";
    }
}
