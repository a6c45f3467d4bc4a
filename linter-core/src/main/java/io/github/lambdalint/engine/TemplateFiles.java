package io.github.lambdalint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into the files to lint. A file named explicitly is always
 * linted; files found by walking a directory must have a template extension and must not sit
 * in build output or dependency folders (SAM's {@code .aws-sam} holds copies of the template).
 */
final class TemplateFiles {

    /** A file to lint, and whether the user named it (then "not a template" is reported). */
    record Candidate(Path path, boolean named) {
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

    private static void walk(Path directory, List<Candidate> candidates, List<FileError> errors,
                             PathDisplay display) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> hasTemplateExtension(file) && !inSkippedDirectory(directory, file))
                    .sorted()
                    .forEach(file -> candidates.add(new Candidate(file, false)));
        } catch (IOException | UncheckedIOException e) {
            errors.add(new FileError(display.of(directory), "cannot list the directory: " + e.getMessage()));
        }
    }

    private static boolean hasTemplateExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static boolean inSkippedDirectory(Path root, Path file) {
        Path relative = root.relativize(file).getParent();
        if (relative == null) {
            return false;
        }
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
