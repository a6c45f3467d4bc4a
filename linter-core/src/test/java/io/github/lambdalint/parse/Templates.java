package io.github.lambdalint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses small templates for tests, failing loudly when they do not parse cleanly. */
public final class Templates {

    /** The repository's testdata directory, seen from a module directory. */
    public static final Path TESTDATA = Path.of("..", "testdata");

    private Templates() {
    }

    public static Template parse(String yaml) {
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).as("parse problems").isEmpty();
        TemplateReader.Outcome outcome = new TemplateReader(ParseLimits.DEFAULT).read(parsed.root().orElseThrow());
        assertThat(outcome).isInstanceOf(TemplateReader.Outcome.Read.class);
        TemplateReader.Outcome.Read read = (TemplateReader.Outcome.Read) outcome;
        assertThat(read.problems()).as("template problems").isEmpty();
        return read.template();
    }

    public static Template testdata(String relativePath) {
        try {
            return parse(Files.readString(TESTDATA.resolve(relativePath), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
