package io.github.lambdalint.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Directives of rain, the CloudFormation command-line tool: {@code !Rain::Embed file},
 * {@code !Rain::Module url}, {@code Type: {Rain::Module: url}} and the others. {@code rain pkg}
 * replaces them before anything reaches CloudFormation, so what they produce cannot be known from
 * the template alone; the rest of the template can still be checked.
 */
public final class PreprocessorDirectives {

    /** The long form of a directive: a one-entry mapping whose key is {@code Rain::Name}. */
    private static final Pattern KEY = Pattern.compile("Rain::[A-Za-z0-9]+");
    private static final String TAG_PREFIX = "!";
    /** A hostile file can hold thousands; the evidence lists this many and the message counts all. */
    static final int MAX_LISTED = 50;

    private PreprocessorDirectives() {
    }

    /** One directive as written: its name ({@code Rain::Embed}), its argument, and where it is. */
    record Directive(String name, Node argument, Position position) {
    }

    /** Whether a mapping key is a directive's long form ({@code {Rain::Module: url}}). */
    public static boolean isDirectiveKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** The long-form key of a directive tag: {@code !Rain::Embed} gives {@code Rain::Embed}. */
    static Optional<String> longForm(String tag) {
        if (tag.startsWith(TAG_PREFIX) && isDirectiveKey(tag.substring(TAG_PREFIX.length()))) {
            return Optional.of(tag.substring(TAG_PREFIX.length()));
        }
        return Optional.empty();
    }

    /** The one problem that tells what the directives of a file are and what gets checked. */
    static ParseProblem problem(List<Directive> directives) {
        Set<String> names = new LinkedHashSet<>();
        List<ParseProblem.Related> related = new ArrayList<>();
        for (Directive directive : directives) {
            names.add(directive.name());
            if (related.size() < MAX_LISTED) {
                related.add(new ParseProblem.Related(describe(directive), directive.position()));
            }
        }
        boolean one = directives.size() == 1;
        String message = "the template uses " + (one ? "a directive" : directives.size() + " directives")
                + " of the rain preprocessor (" + String.join(", ", names) + "), which CloudFormation does not "
                + "know: `rain pkg` replaces " + (one ? "it" : "them") + ", and its output is what gets deployed. "
                + "The rest of the template is checked here with " + (one ? "its value" : "their values")
                + " unknown; lint the output of rain pkg to check what " + (one ? "it produces" : "they produce");
        return new ParseProblem(message, directives.get(0).position(), ParseProblem.Kind.PREPROCESSOR_DIRECTIVE,
                related);
    }

    private static String describe(Directive directive) {
        String argument = directive.argument() instanceof ScalarNode scalar
                ? " " + Excerpt.of(scalar.text()) : "";
        return directive.name() + argument + ": replaced by rain pkg";
    }
}
