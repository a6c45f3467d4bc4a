package io.github.lambdalint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.lambdalint.parse.NodeJson;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.TemplateParser;

/**
 * Writes a YAML template as JSON laid out as CDK writes it (one space a level, short-form tags in
 * their long form), for timing JSON templates of the same size and content as the generated YAML
 * ones:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.lambdalint.benchmarks.TemplateToJson IN.yaml OUT.json}.
 */
public final class TemplateToJson {

    private TemplateToJson() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TemplateToJson IN.yaml OUT.json");
            System.exit(2);
        }
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(Files.readAllBytes(Path.of(args[0])));
        if (parsed.root().isEmpty() || !parsed.problems().isEmpty()) {
            System.err.println("TemplateToJson: " + args[0] + " does not parse cleanly: " + parsed.problems());
            System.exit(1);
        }
        Files.writeString(Path.of(args[1]), NodeJson.write(parsed.root().get(), " "));
    }
}
