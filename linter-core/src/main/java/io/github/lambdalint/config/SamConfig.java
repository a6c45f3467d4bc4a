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
import io.github.lambdalint.parse.TemplateParser;

/**
 * The deploy region SAM CLI would use for a template: {@code region} under
 * {@code [default.deploy.parameters]} (or {@code [default.global.parameters]}) of the
 * {@code samconfig.toml} beside it, or the same keys of {@code samconfig.yaml}/{@code .yml}.
 * Only the few lines needed are read; anything unreadable means "no region from here".
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

    public static Optional<Region> regionBeside(Path template) {
        Path directory = template.toAbsolutePath().getParent();
        if (directory == null) {
            return Optional.empty();
        }
        try {
            Path toml = directory.resolve("samconfig.toml");
            if (Files.isRegularFile(toml)) {
                return Files.size(toml) > MAX_BYTES ? Optional.empty()
                        : fromToml(Files.readAllLines(toml, StandardCharsets.UTF_8)).map(r -> new Region(r, toml));
            }
            for (String name : List.of("samconfig.yaml", "samconfig.yml")) {
                Path yaml = directory.resolve(name);
                if (Files.isRegularFile(yaml)) {
                    return Files.size(yaml) > MAX_BYTES ? Optional.empty()
                            : fromYaml(Files.readAllBytes(yaml)).map(r -> new Region(r, yaml));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
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

    static Optional<String> fromYaml(byte[] bytes) {
        Optional<Node> root = new TemplateParser(ParseLimits.DEFAULT).parse(bytes).root();
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
