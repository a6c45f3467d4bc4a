package io.github.lambdalint.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.TemplateParser;

/**
 * A CDK cloud assembly ({@code cdk.out}): the {@code aws:cloudformation:stack} artifacts its
 * {@code manifest.json} lists, and those of its nested assemblies ({@code cdk:cloud-assembly}
 * artifacts, one per CDK Stage, in {@code properties.directoryName}). Asset folders are not
 * listed as stacks, so they are never linted. The shapes are those of aws-cdk's
 * cloud-assembly-schema (cited in docs/cdk.md).
 */
public final class CloudAssembly {

    public static final String MANIFEST = "manifest.json";

    private static final String STACK = "aws:cloudformation:stack";
    private static final String NESTED = "cdk:cloud-assembly";
    /** CDK's placeholder for an environment-agnostic stack's region. */
    private static final String UNKNOWN_REGION = "unknown-region";
    private static final Pattern ENVIRONMENT = Pattern.compile("aws://[^/]*/([^/]+)");
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");
    /** Stages inside stages are rare; a deeper nesting is a broken or hostile assembly. */
    private static final int MAX_DEPTH = 16;

    /**
     * One stack of the assembly.
     *
     * @param template   the template file, inside the assembly's directory
     * @param manifest   the manifest that lists it
     * @param stackName  {@code properties.stackName}, else the display name or artifact id CDK names the stack by
     * @param region     from {@code environment} ({@code aws://ACCOUNT/REGION}) unless {@code unknown-region}
     * @param parameters {@code properties.parameters}
     */
    public record Stack(Path template, Path manifest, String stackName, Optional<String> region,
                        Map<String, String> parameters) {

        public Stack {
            parameters = Map.copyOf(parameters);
        }
    }

    /** A manifest that says it is a cloud assembly but cannot be read as one. */
    public static final class Broken extends Exception {
        private final transient Path manifest;

        Broken(Path manifest, String message) {
            super(message, null, false, false);
            this.manifest = manifest;
        }

        public Path manifest() {
            return manifest;
        }
    }

    private final Path manifest;
    private final MapNode artifacts;

    private CloudAssembly(Path manifest, MapNode artifacts) {
        this.manifest = manifest;
        this.artifacts = artifacts;
    }

    /**
     * The cloud assembly whose manifest the file is — {@code manifest.json} with {@code version} and
     * {@code artifacts} — parsed once; empty for any other file.
     */
    public static Optional<CloudAssembly> at(Path file) {
        if (file.getFileName() == null || !file.getFileName().toString().equals(MANIFEST)
                || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return root(file).filter(root -> root.get("version").isPresent())
                    .flatMap(root -> root.getMap("artifacts"))
                    .map(artifacts -> new CloudAssembly(file.toAbsolutePath().normalize(), artifacts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The stacks of the assembly, in the manifest's order, nested assemblies in place (their
     * manifests are read now; this one was read by {@link #at}).
     */
    public List<Stack> stacks() throws Broken {
        List<Stack> stacks = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        seen.add(manifest);
        list(manifest, artifacts, manifest.getParent(), stacks, seen, 0);
        return stacks;
    }

    private static void read(Path manifest, Path root, List<Stack> stacks, Set<Path> seen, int depth)
            throws Broken {
        if (depth > MAX_DEPTH || !seen.add(manifest)) {
            throw new Broken(manifest, "nested cloud assemblies loop or nest more than " + MAX_DEPTH + " deep");
        }
        MapNode artifacts;
        try {
            artifacts = root(manifest).flatMap(m -> m.getMap("artifacts"))
                    .orElseThrow(() -> new Broken(manifest, "no artifacts object"));
        } catch (IOException e) {
            throw new Broken(manifest, "cannot read " + root.relativize(manifest) + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
        list(manifest, artifacts, root, stacks, seen, depth);
    }

    private static void list(Path manifest, MapNode artifacts, Path root, List<Stack> stacks, Set<Path> seen,
                             int depth) throws Broken {
        Path directory = manifest.getParent();
        for (MapNode.Entry artifact : artifacts.entries()) {
            if (!(artifact.value() instanceof MapNode entry)) {
                continue;
            }
            String type = entry.getText("type").orElse("");
            MapNode properties = entry.getMap("properties").orElse(null);
            if (type.equals(STACK)) {
                String templateFile = Optional.ofNullable(properties).flatMap(p -> p.getText("templateFile"))
                        .orElseThrow(() -> new Broken(manifest, "stack " + artifact.name() + " has no templateFile"));
                stacks.add(new Stack(inside(root, directory, templateFile, manifest), manifest,
                        stackName(artifact.name(), entry, properties), region(entry),
                        Optional.ofNullable(properties).flatMap(p -> p.getMap("parameters"))
                                .map(CloudAssembly::texts).orElse(Map.of())));
            } else if (type.equals(NESTED)) {
                String nested = Optional.ofNullable(properties).flatMap(p -> p.getText("directoryName"))
                        .orElseThrow(() -> new Broken(manifest, "nested assembly " + artifact.name()
                                + " has no directoryName"));
                read(inside(root, directory, nested, manifest).resolve(MANIFEST), root, stacks, seen, depth + 1);
            }
        }
    }

    private static String stackName(String artifactId, MapNode entry, MapNode properties) {
        return Optional.ofNullable(properties).flatMap(p -> p.getText("stackName"))
                .or(() -> entry.getText("displayName").filter(n -> STACK_NAME.matcher(n).matches()))
                .orElse(artifactId);
    }

    private static Optional<String> region(MapNode entry) {
        return entry.getText("environment").map(ENVIRONMENT::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).filter(r -> !r.equals(UNKNOWN_REGION));
    }

    /** A file the manifest names: relative, and inside the assembly (a manifest never points elsewhere). */
    private static Path inside(Path root, Path directory, String relative, Path manifest) throws Broken {
        Path resolved;
        try {
            resolved = directory.resolve(relative).normalize();
        } catch (RuntimeException e) {
            throw new Broken(manifest, "'" + relative + "' is not a file name");
        }
        if (!resolved.startsWith(root)) {
            throw new Broken(manifest, "'" + relative + "' lies outside the cloud assembly");
        }
        return resolved;
    }

    private static Map<String, String> texts(MapNode map) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (MapNode.Entry entry : map.entries()) {
            if (entry.value() instanceof ScalarNode scalar) {
                texts.put(entry.name(), scalar.text());
            }
        }
        return texts;
    }

    private static Optional<MapNode> root(Path manifest) throws IOException {
        if (Files.size(manifest) > ParseLimits.DEFAULT.maxBytes()) {
            return Optional.empty();
        }
        ParseResult parsed = new TemplateParser(ParseLimits.DEFAULT).parse(Files.readAllBytes(manifest));
        Optional<Node> root = parsed.root();
        return root.filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }
}
