package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Streams indented JSON with {@code \n} line ends on every platform, so that report files are
 * byte-for-byte the same wherever they are made. The streaming generator, not an object
 * mapper: it loads a handful of classes, which keeps start-up light.
 */
final class PrettyJson {

    /** Writes one JSON document through the generator it is given. */
    @FunctionalInterface
    interface Document {
        void writeTo(JsonGenerator json);
    }

    // The caller owns the writer: closing the generator must not close it.
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private PrettyJson() {
    }

    static void write(Writer out, Document document) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(new Indented(), out)) {
            document.writeTo(json);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
        out.flush();
    }

    /** Supplies the pretty printer; a new one per document, as pretty printers keep nesting state. */
    private static final class Indented extends ObjectWriteContext.Base {

        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
