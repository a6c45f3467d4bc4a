package io.github.lambdalint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML and JSON templates into {@link Node}s with positions. JSON takes the same path:
 * YAML 1.2 is a superset of JSON, so line and column mean the same for both.
 */
public final class TemplateParser {

    private final ParseLimits limits;

    public TemplateParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParseResult parse(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return ParseResult.failed(new ParseProblem("the file has " + bytes.length
                    + " bytes, more than the limit of " + limits.maxBytes(), Position.START));
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        List<ParseProblem> problems = new ArrayList<>();
        decoded.problem().ifPresent(problems::add);
        if (decoded.text().isEmpty()) {
            return new ParseResult(Optional.empty(), problems);
        }
        String text = decoded.text().get();
        if (JsonEvents.looksLikeJson(text)) {
            try {
                return readJson(text, problems);
            } catch (JsonEvents.NotJson e) {
                // YAML written like JSON: read below, as YAML, from the start.
            }
        }
        return readYaml(text, problems);
    }

    /** The text read by Jackson; {@link JsonEvents.NotJson} when it is no JSON. */
    ParseResult readJson(String text, List<ParseProblem> decoding) {
        return read(new JsonEvents(text), text, decoding);
    }

    ParseResult readYaml(String text, List<ParseProblem> decoding) {
        return read(events(text), text, decoding);
    }

    private ParseResult read(Iterable<Event> events, String text, List<ParseProblem> decoding) {
        List<ParseProblem> problems = new ArrayList<>(decoding);
        try {
            YamlComposer composer = new YamlComposer(limits);
            Optional<Node> root = composer.compose(events);
            problems.addAll(composer.warnings());
            return new ParseResult(root, problems);
        } catch (ParseProblemException e) {
            problems.add(e.toProblem());
        } catch (MarkedYamlEngineException e) {
            problems.add(new ParseProblem(describe(e), YamlComposer.position(e.getProblemMark())));
        } catch (ReaderException e) {
            problems.add(new ParseProblem(describe(e), positionOfCodePoint(text, e.getPosition())));
        } catch (YamlEngineException e) {
            problems.add(new ParseProblem(firstLine(e.getMessage()), Position.START));
        }
        return new ParseResult(Optional.empty(), problems);
    }

    private Iterable<Event> events(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(limits.maxBytes())
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                // The whole text in one read: snakeyaml-engine's reader copies its unconsumed window
                // on every refill, which makes a long token (a 10 MB scalar) quadratic in its length.
                .setBufferSize(Math.max(1024, text.length() + 1))
                .build();
        return new Parse(settings).parseString(text);
    }

    /** snakeyaml's messages carry a source snippet after the first line; ours carry the position. */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        String text = context.isEmpty() ? problem : problem + " (" + context + ")";
        return "YAML syntax error: " + (text.isEmpty() ? firstLine(e.getMessage()) : text);
    }

    /** The reader rejects characters YAML does not allow (NUL, most control characters). */
    private static String describe(ReaderException e) {
        int c = e.getCodePoint();
        String name = Character.getName(c);
        return String.format("the file holds the character U+%04X%s, which YAML does not allow in a template", c,
                name == null ? "" : " (" + name + ")");
    }

    /**
     * Line and column of a code point, counted as snakeyaml-engine counts them (a line ends at LF,
     * CRLF or a lone CR; a byte order mark takes no column), so it matches the other findings.
     */
    static Position positionOfCodePoint(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < codePointIndex && offset < text.length(); i++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            boolean crBeforeLf = c == '\r' && offset < text.length() && text.charAt(offset) == '\n';
            if (c == '\n' || c == '\r' && !crBeforeLf) {
                line++;
                column = 1;
            } else if (c != '\r' && c != 0xFEFF) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "the file cannot be read as YAML or JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
