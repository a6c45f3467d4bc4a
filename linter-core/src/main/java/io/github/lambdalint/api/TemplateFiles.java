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
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.lambdalint.resolve.Deployment;

/**
 * Expands the paths a user gave into the files to lint. A file named explicitly is always
 * linted; files found by walking a directory must have a template extension and must not sit
 * in build output or dependency folders (SAM's {@code .aws-sam} holds copies of the template).
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
            } else if (Files.isRegularFile(path)) {
                candidates.add(new Candidate(path, true));
            } else if (Files.exists(path)) {
                errors.add(new FileError(display.of(path), "not a regular file"));
            } else {
                errors.add(new FileError(display.of(path), "no such file or directory"));
            }
        }
        return candidates;
    }

    /**
     * Walks without following symbolic links to directories (so a link loop cannot trap the
     * walk); a linked file is linted. A directory that cannot be listed is an error of its own,
     * and the walk goes on with its siblings.
     */
    private static void walk(Path directory, List<Candidate> candidates, List<FileError> errors,
                             PathDisplay display) {
        List<Path> found = new ArrayList<>();
        try {
            // The directory named may itself be a link; the walk starts at what it names, and the
            // files keep the name the user gave.
            Path start = directory.toRealPath();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(start) || !isSkipped(dir) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
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
