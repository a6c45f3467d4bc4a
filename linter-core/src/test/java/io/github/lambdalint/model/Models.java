package io.github.lambdalint.model;

import java.nio.charset.StandardCharsets;

import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.TemplateParser;
import io.github.lambdalint.parse.TemplateReader;
import io.github.lambdalint.resolve.Deployment;

/** Builds the model of a template written inline in a test. */
final class Models {

    private Models() {
    }

    static TemplateModel of(String yaml) {
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(yaml.getBytes(StandardCharsets.UTF_8));
        TemplateReader.Outcome read = new TemplateReader(ParseLimits.DEFAULT).read(parsed.root().orElseThrow());
        if (!(read instanceof TemplateReader.Outcome.Read template)) {
            throw new IllegalArgumentException("not a template: " + read);
        }
        return new ModelBuilder(template.template(), Deployment.UNKNOWN, NetworkContext.EMPTY).build();
    }
}
