package io.github.lambdalint.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.github.lambdalint.config.CloudAssembly;

import io.github.lambdalint.resolve.Deployment;

/**
 * Expands the paths a user gave into the files to lint. A file named explicitly is always
 * linted; files found by walking a directory must have a template extension and must not sit
 * in build output or dependency folders (SAM's {@code .aws-sam} holds copies of the template).
 * A CDK cloud assembly (a {@code manifest.json} named, or a directory holding one met by a walk)
 * stands for the stack templates it lists, nothing else in it.
 */
public final class TemplateFiles {

    /**
     * A file to lint, whether the user named it (then "not a template" is reported), and what the
     * CDK cloud assembly that lists it says about its deployment ({@link Deployment#UNKNOWN} if none).
     */
    record Candidate(Path path, boolean named, Deployment assembly) {

        Candidate(Path path, boolean named) {
            this(path, named, Deployment.UNKNOWN);
        }
    }

    private static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json", ".template");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", "target");

    private TemplateFiles() {
    }

    static List<Candidate> expand(List<Path> paths, List<Path> discovered, List<FileError> errors,
                                  PathDisplay display) {
        List<Candidate> candidates = new ArrayList<>();
        discovered.forEach(file -> candidates.add(new Candidate(file, false)));
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, candidates, errors, display);
            } else if (CloudAssembly.isManifest(path)) {
                assembly(path, path, candidates, errors, display);
            } else if (Files.isRegularFile(path)) {
                candidates.add(new Candidate(path, true));
            } else if (Files.exists(path)) {
                errors.add(new FileError(display.of(path), "not a regular file"));
            } else {
                errors.add(new FileError(display.of(path), "no such file or directory"));
            }
        }
        return distinct(candidates);
    }

    /**
     * A template named twice (a cloud assembly and its template file, two overlapping directories)
     * is linted once; what its assembly says about it is kept.
     */
    private static List<Candidate> distinct(List<Candidate> candidates) {
        Map<Path, Candidate> byFile = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Path key = candidate.path().toAbsolutePath().normalize();
            Candidate earlier = byFile.get(key);
            if (earlier == null || earlier.assembly().equals(Deployment.UNKNOWN)
                    && !candidate.assembly().equals(Deployment.UNKNOWN)) {
                byFile.put(key, earlier == null ? candidate
                        : new Candidate(earlier.path(), earlier.named() || candidate.named(), candidate.assembly()));
            }
        }
        return List.copyOf(byFile.values());
    }

    /**
     * The stacks a cloud assembly lists, as named templates (the manifest names them), with the
     * stack name, region and parameters it gives; the manifest's path as the user gave it,
     * {@code shown}, names them in messages.
     */
    private static void assembly(Path manifest, Path shown, List<Candidate> candidates, List<FileError> errors,
                                 PathDisplay display) {
        try {
            for (CloudAssembly.Stack stack : CloudAssembly.stacks(manifest)) {
                String source = display.of(shown);
                Path template = shown.getParent() == null ? stack.template()
                        : shown.getParent().resolve(manifest.toAbsolutePath().normalize().getParent()
                                .relativize(stack.template()));
                candidates.add(new Candidate(template, true, new Deployment(
                        Optional.of(new Deployment.Fact(stack.stackName(), source)),
                        stack.region().map(r -> new Deployment.Fact(r, source)),
                        DeploymentPrecedence.facts(stack.parameters(), source), OptionalInt.empty())));
            }
        } catch (CloudAssembly.Broken e) {
            errors.add(new FileError(display.of(shown), "not a usable cloud assembly: " + e.getMessage()));
        }
    }

    /**
     * Walks without following symbolic links to directories (so a link loop cannot trap the
     * walk); a linked file is linted. A directory that cannot be listed is an error of its own,
     * and the walk goes on with its siblings.
     */
    private static void walk(Path directory, List<Candidate> candidates, List<FileError> errors,
                             PathDisplay display) {
        List<Path> found = new ArrayList<>();
        List<Path> assemblies = new ArrayList<>();
        try {
            // The directory named may itself be a link; the walk starts at what it names, and the
            // files keep the name the user gave.
            Path start = directory.toRealPath();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(start) && isSkipped(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path manifest = dir.resolve(CloudAssembly.MANIFEST);
                    if (CloudAssembly.isManifest(manifest)) {
                        // A cdk.out: its manifest says which templates to lint; its asset folders and
                        // nested assemblies are not walked.
                        assemblies.add(directory.resolve(start.relativize(manifest)));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (hasTemplateExtension(file) && (attributes.isRegularFile()
                            || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                        found.add(directory.resolve(start.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    Path named = directory.resolve(start.relativize(file));
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        errors.add(new FileError(display.of(named), "cannot list the directory: " + IoErrors.describe(e)));
                    } else if (hasTemplateExtension(file)) {
                        errors.add(new FileError(display.of(named), "cannot read: " + IoErrors.describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(new FileError(display.of(directory), "cannot list the directory: " + IoErrors.describe(e)));
        } catch (UncheckedIOException | SecurityException e) {
            errors.add(new FileError(display.of(directory), "cannot list the directory: " + e.getMessage()));
        }
        found.stream().sorted().forEach(file -> candidates.add(new Candidate(file, false)));
        assemblies.stream().sorted().forEach(manifest -> assembly(manifest, manifest, candidates, errors, display));
    }

    /** Whether a directory walk lints the file: {@code *.yaml}, {@code *.yml}, {@code *.json}, {@code *.template}. */
    public static boolean hasTemplateExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static boolean isSkipped(Path directory) {
        Path name = directory.getFileName();
        return name != null && (name.toString().startsWith(".") || SKIPPED_DIRECTORIES.contains(name.toString()));
    }
}
