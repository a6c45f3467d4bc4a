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
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands the paths a user gave into the files to lint. A file named explicitly is always
 * linted; files found by walking a directory must have a template extension and must not sit
 * in build output or dependency folders (SAM's {@code .aws-sam} holds copies of the template).
 * A path that does not exist and holds {@code * ? [ {} is a {@link FileGlob}: the files it
 * matches are linted like files found by a walk (one that is not a template is skipped quietly).
 * Excludes drop files and whole directories found by walks and globs, never a file named
 * explicitly.
 *
 * <p>Symbolic links: a link the user names (a file, a directory to walk) is followed. Inside a
 * walked directory, links are never followed, to files or directories alike: a link there
 * points either inside the walk, whose target is linted already (following it would report
 * everything twice), or outside it, at files the user did not ask to lint.
 */
public final class TemplateFiles {

    /**
     * A file to lint, and whether the user named it (then "not a template" is reported). A
     * template read from standard input has its bytes already, and a path in the base directory
     * that only places it (a samconfig file there gives its region).
     */
    record Candidate(Path path, boolean named, Optional<byte[]> content) {

        Candidate(Path path, boolean named) {
            this(path, named, Optional.empty());
        }

        static Candidate standardInput(Path baseDirectory, byte[] bytes) {
            return new Candidate(baseDirectory.resolve(LintRequest.STANDARD_INPUT), true, Optional.of(bytes));
        }
    }

    private static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json", ".template");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", "target");

    private final List<FileGlob> excludes;
    private final List<FileError> errors;
    private final PathDisplay display;

    private TemplateFiles(List<FileGlob> excludes, List<FileError> errors, PathDisplay display) {
        this.excludes = excludes;
        this.errors = errors;
        this.display = display;
    }

    static List<Candidate> expand(List<Path> paths, List<Path> discovered, List<FileGlob> excludes,
                                  List<FileError> errors, PathDisplay display) {
        TemplateFiles files = new TemplateFiles(List.copyOf(excludes), errors, display);
        List<Candidate> candidates = new ArrayList<>();
        discovered.forEach(file -> candidates.add(new Candidate(file, false)));
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.walk(path, TemplateFiles::hasTemplateExtension, candidates);
            } else if (Files.isRegularFile(path)) {
                candidates.add(new Candidate(path, true));
            } else if (Files.exists(path)) {
                errors.add(new FileError(display.of(path), "not a regular file"));
            } else if (FileGlob.isGlob(path.toString())) {
                files.glob(path, candidates);
            } else {
                errors.add(new FileError(display.of(path), "no such file or directory"));
            }
        }
        return candidates;
    }

    /**
     * Walks the longest directory the glob names literally and keeps what the rest matches. The
     * glob chooses the files, so their extension is not checked; a walk's other rules hold.
     */
    private void glob(Path glob, List<Candidate> candidates) {
        int literal = 0;
        while (literal < glob.getNameCount() - 1 && !FileGlob.isGlob(glob.getName(literal).toString())) {
            literal++;
        }
        Path root = glob.getRoot() == null ? Path.of("") : glob.getRoot();
        Path start = literal == 0 ? root : root.resolve(glob.subpath(0, literal));
        FileGlob pattern = FileGlob.of(slashes(glob.subpath(literal, glob.getNameCount()).toString()));
        int before = candidates.size();
        if (Files.isDirectory(start)) {
            walk(start, file -> pattern.matches(slashes(start.relativize(file).toString())), candidates);
        }
        if (candidates.size() == before) {
            errors.add(new FileError(display.of(glob), "no file matches the pattern"));
        }
    }

    /**
     * Walks without following symbolic links (see the class comment). A directory that cannot be
     * listed is an error of its own, and the walk goes on with its siblings.
     *
     * @param directory the directory as the user named it; found files keep that name
     */
    private void walk(Path directory, Predicate<Path> wanted, List<Candidate> candidates) {
        List<Path> found = new ArrayList<>();
        try {
            // The directory named may itself be a link; the walk starts at what it names.
            Path start = directory.toRealPath();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(start)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return isSkipped(dir) || isExcluded(directory.resolve(start.relativize(dir)))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Path shown = directory.resolve(start.relativize(file));
                    if (attributes.isRegularFile() && wanted.test(shown) && !isExcluded(shown)) {
                        found.add(shown);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    Path shown = directory.resolve(start.relativize(file));
                    if (isExcluded(shown)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        errors.add(new FileError(display.of(shown), "cannot list the directory: "
                                + IoErrors.describe(e)));
                    } else if (wanted.test(shown)) {
                        errors.add(new FileError(display.of(shown), "cannot read: " + IoErrors.describe(e)));
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

    /** Excludes match the path as reports show it: relative to the base directory, with forward slashes. */
    private boolean isExcluded(Path path) {
        if (excludes.isEmpty()) {
            return false;
        }
        String shown = display.of(path);
        return excludes.stream().anyMatch(glob -> glob.matches(shown));
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
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
