package io.github.lambdalint.parse;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON template read by Jackson's streaming parser, given as the events snakeyaml-engine gives
 * for the same text, so that {@link YamlComposer} builds the tree of both: a JSON template gets
 * the same nodes, types, positions and problems whichever reads it (YAML 1.2 is a superset of
 * JSON). Jackson reads JSON several times faster, which counts in the large JSON templates CDK
 * synthesises. Text Jackson refuses (a comment, a single-quoted string, a tab inside a string:
 * YAML written like JSON) makes iteration throw {@link NotJson}, and the caller reads the text
 * as YAML instead.
 */
final class JsonEvents implements Iterable<Event> {

    /** Jackson cannot read the text as one JSON value: read it as YAML. */
    static final class NotJson extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotJson(String message) {
            super(message, null, false, false);
        }
    }

    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
    private static final ImplicitTuple QUOTED = new ImplicitTuple(false, true);
    private static final int[] NO_SNIPPET = new int[0];

    private final String text;
    private final boolean hasSurrogates;

    JsonEvents(String text) {
        this.text = text;
        this.hasSurrogates = hasSurrogates(text);
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A JSON object is what a JSON template is; anything else is left to the YAML reader. */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c == '{';
            }
        }
        return false;
    }

    @Override
    public Iterator<Event> iterator() {
        return new Tokens(new JsonFactory().createParser(ObjectReadContext.empty(), text));
    }

    /** Jackson's tokens, one event each, after the document's start and until the root value ends. */
    private final class Tokens implements Iterator<Event> {

        private final JsonParser parser;
        private boolean started;
        private boolean ended;
        private int depth;

        Tokens(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public boolean hasNext() {
            return !ended;
        }

        @Override
        public Event next() {
            if (ended) {
                throw new NoSuchElementException();
            }
            try {
                if (!started) {
                    started = true;
                    return new DocumentStartEvent(false, Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
                }
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw new NotJson("the text ends inside the JSON value");
                }
                Event event = event(token, mark(parser.currentTokenLocation()));
                if (depth == 0) {
                    ended = true;
                    if (parser.nextToken() != null) {
                        throw new NotJson("more than one JSON value");
                    }
                    parser.close();
                }
                return event;
            } catch (JacksonException e) {
                throw new NotJson(e.getOriginalMessage());
            }
        }

        private Event event(JsonToken token, Optional<Mark> at) {
            return switch (token) {
                case START_OBJECT -> {
                    depth++;
                    yield new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.FLOW, at, at);
                }
                case END_OBJECT -> {
                    depth--;
                    yield new MappingEndEvent(at, at);
                }
                case START_ARRAY -> {
                    depth++;
                    yield new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.FLOW, at, at);
                }
                case END_ARRAY -> {
                    depth--;
                    yield new SequenceEndEvent(at, at);
                }
                case PROPERTY_NAME -> scalar(parser.currentName(), QUOTED, ScalarStyle.DOUBLE_QUOTED, at);
                case VALUE_STRING -> scalar(parser.getString(), QUOTED, ScalarStyle.DOUBLE_QUOTED, at);
                // Written as they are, plain: the composer gives them YAML's core-schema type, as for YAML.
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
                        scalar(parser.getText(), PLAIN, ScalarStyle.PLAIN, at);
                default -> throw new NotJson("unexpected JSON token " + token);
            };
        }

        private Event scalar(String value, ImplicitTuple implicit, ScalarStyle style, Optional<Mark> at) {
            return new ScalarEvent(Optional.empty(), Optional.empty(), implicit, value, style, at, at);
        }

        /**
         * snakeyaml-engine's marks count from 0 and in code points; Jackson's columns count from 1
         * and in UTF-16 chars, which differ after a character outside the Basic Multilingual Plane.
         */
        private Optional<Mark> mark(TokenStreamLocation location) {
            int line = location.getLineNr() - 1;
            int column = location.getColumnNr() - 1;
            int offset = (int) location.getCharOffset();
            if (hasSurrogates) {
                column = text.codePointCount(offset - column, offset);
            }
            return Optional.of(new Mark("json", offset, line, column, NO_SNIPPET, 0));
        }
    }
}
