package io.github.lambdalint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseProblem;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.TemplateParser;

/**
 * The deploy region SAM CLI would use for a template: {@code region} under
 * {@code [default.deploy.parameters]} (or {@code [default.global.parameters]}) of the
 * {@code samconfig.toml} beside it, or the same keys of {@code samconfig.yaml}/{@code .yml}.
 * Only the few lines needed are read. A YAML file that cannot be parsed (a syntax error, a tag
 * such as {@code !!python/object}: no tag ever builds an object) or one over the size limit gives
 * no region and a {@link Problem}, which the engine reports instead of ignoring the file silently.
 */
public final class SamConfig {

    private static final List<String> SECTIONS = List.of("default.deploy.parameters", "default.global.parameters");
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*([^\\]]+?)\\s*]\\s*(#.*)?$");
    private static final Pattern REGION = Pattern.compile("^\\s*region\\s*=\\s*[\"']([^\"']+)[\"']\\s*(#.*)?$");

    /** A samconfig file is a few lines; a bigger one (read once per template beside it) is not one. */
    private static final long MAX_BYTES = 1024 * 1024;

    private SamConfig() {
    }

    /** A region and the samconfig file that names it. */
    public record Region(String region, Path file) {
    }

    /** Why a samconfig file beside a template gave no region although it exists. */
    public record Problem(Path file, Position position, String message) {
    }

    /** What the samconfig file beside a template says: a region, a problem, or neither. */
    public record Lookup(Optional<Region> region, Optional<Problem> problem) {
        static final Lookup NOTHING = new Lookup(Optional.empty(), Optional.empty());

        static Lookup problem(Path file, Position position, String message) {
            return new Lookup(Optional.empty(), Optional.of(new Problem(file, position, message)));
        }
    }

    public static Lookup regionBeside(Path template) {
        Path directory = template.toAbsolutePath().getParent();
        if (directory == null) {
            return Lookup.NOTHING;
        }
        Path file = directory.resolve("samconfig.toml");
        try {
            if (Files.isRegularFile(file)) {
                return Files.size(file) > MAX_BYTES ? tooBig(file)
                        : found(fromToml(Files.readAllLines(file, StandardCharsets.UTF_8)), file);
            }
            for (String name : List.of("samconfig.yaml", "samconfig.yml")) {
                file = directory.resolve(name);
                if (Files.isRegularFile(file)) {
                    return Files.size(file) > MAX_BYTES ? tooBig(file) : fromYaml(Files.readAllBytes(file), file);
                }
            }
        } catch (IOException e) {
            // It exists (checked above), so permission is what usually stands in the way.
            return Lookup.problem(file, Position.START, "cannot be read: "
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
        } catch (RuntimeException e) {
            // A samconfig.toml that is not UTF-8, for instance: a region is never guessed from it.
            return Lookup.problem(file, Position.START, "cannot be read: " + e.getClass().getSimpleName());
        }
        return Lookup.NOTHING;
    }

    private static Lookup tooBig(Path file) {
        return Lookup.problem(file, Position.START, "is larger than " + MAX_BYTES + " bytes, so it is not read");
    }

    private static Lookup found(Optional<String> region, Path file) {
        return new Lookup(region.map(r -> new Region(r, file)), Optional.empty());
    }

    static Optional<String> fromToml(List<String> lines) {
        for (String wanted : SECTIONS) {
            String section = "";
            for (String line : lines) {
                Matcher table = TABLE.matcher(line);
                if (table.matches()) {
                    section = table.group(1).replace("\"", "").replace(" ", "");
                    continue;
                }
                Matcher region = REGION.matcher(line);
                if (section.equals(wanted) && region.matches()) {
                    return Optional.of(region.group(1));
                }
            }
        }
        return Optional.empty();
    }

    static Lookup fromYaml(byte[] bytes, Path file) {
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(bytes);
        if (parsed.root().isEmpty() && !parsed.problems().isEmpty()) {
            ParseProblem first = parsed.problems().get(0);
            return Lookup.problem(file, first.position(), "cannot be read: " + first.message());
        }
        return found(regionOf(parsed.root()), file);
    }

    private static Optional<String> regionOf(Optional<Node> root) {
        for (String wanted : SECTIONS) {
            Optional<Node> node = root;
            for (String key : wanted.split("\\.")) {
                node = node.filter(MapNode.class::isInstance).flatMap(n -> ((MapNode) n).get(key));
            }
            Optional<String> region = node.filter(MapNode.class::isInstance)
                    .flatMap(n -> ((MapNode) n).getText("region"));
            if (region.isPresent()) {
                return region;
            }
        }
        return Optional.empty();
    }
}
