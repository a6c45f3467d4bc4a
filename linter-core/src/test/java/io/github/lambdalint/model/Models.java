package io.github.lambdalint.model;

import java.nio.charset.StandardCharsets;

import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.TemplateParser;
import io.github.lambdalint.parse.TemplateReader;
import io.github.lambdalint.resolve.Deployment;

/** Builds the model of a template written inline in a test. */
final class Models {

    private Models() {
    }

    static TemplateModel of(String yaml) {
        var parsed = new TemplateParser(ParseLimits.DEFAULT).parse(yaml.getBytes(StandardCharsets.UTF_8));
        if (parsed.root().isEmpty()) {
            throw new IllegalArgumentException("not parsed: " + parsed.problems());
        }
        var outcome = new TemplateReader(ParseLimits.DEFAULT).read(parsed.root().get());
        if (!(outcome instanceof TemplateReader.Outcome.Read read)) {
            throw new IllegalArgumentException("not a template: " + outcome);
        }
        return new ModelBuilder(read.template(), Deployment.UNKNOWN, NetworkContext.EMPTY).build();
    }
}
