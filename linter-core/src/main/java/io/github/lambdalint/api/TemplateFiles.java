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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.github.lambdalint.config.CloudAssembly;
import io.github.lambdalint.resolve.Deployment;

/**
 * Expands the paths a user gave into the files to lint. A file named explicitly is always
 * linted; files found by walking a directory must have a template extension and must not sit
 * in build output or dependency folders (SAM's {@code .aws-sam} holds copies of the template).
 * A path that does not exist and holds {@code * ? [ {} is a {@link FileGlob}: the files it
 * matches are linted like files found by a walk (one that is not a template is skipped quietly).
 * Excludes drop files and whole directories found by walks and globs, never a file named
 * explicitly. A CDK cloud assembly (its {@code manifest.json} named, or a directory holding one met
 * by a walk) stands for the stack templates it lists, nothing else in it.
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
     * that only places it (a samconfig file there gives its region). {@code assembly} is what the
     * CDK cloud assembly that lists the template says about its deployment ({@link Deployment#UNKNOWN}
     * if none does).
     */
    record Candidate(Path path, boolean named, Optional<byte[]> content, Deployment assembly) {

        Candidate(Path path, boolean named) {
            this(path, named, Optional.empty(), Deployment.UNKNOWN);
        }

        /** A stack a CDK cloud assembly's manifest lists: the manifest gives its deployment facts. */
        boolean inCloudAssembly() {
            return !assembly.equals(Deployment.UNKNOWN);
        }

        static Candidate standardInput(Path baseDirectory, byte[] bytes) {
            return new Candidate(baseDirectory.resolve(LintRequest.STANDARD_INPUT), true, Optional.of(bytes),
                    Deployment.UNKNOWN);
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
            Optional<CloudAssembly> assembly = CloudAssembly.at(path);
            if (Files.isDirectory(path)) {
                files.walk(path, TemplateFiles::hasTemplateExtension, candidates, true);
            } else if (assembly.isPresent()) {
                files.assembly(path, assembly.get(), candidates);
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
        return distinct(candidates);
    }

    /**
     * A template named twice (a cloud assembly and its template file, two overlapping directories)
     * is linted once; what its assembly says about it is kept.
     */
    private static List<Candidate> distinct(List<Candidate> candidates) {
        Map<Path, Candidate> byFile = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.content().isPresent()) {
                byFile.put(candidate.path(), candidate);
                continue;
            }
            Path key = candidate.path().toAbsolutePath().normalize();
            Candidate earlier = byFile.get(key);
            if (earlier == null) {
                byFile.put(key, candidate);
            } else if (!earlier.inCloudAssembly() && candidate.inCloudAssembly()) {
                byFile.put(key, new Candidate(earlier.path(), earlier.named() || candidate.named(), Optional.empty(),
                        candidate.assembly()));
            }
        }
        return List.copyOf(byFile.values());
    }

    /**
     * The stacks a cloud assembly lists, as named templates (the manifest names them) that keep the
     * stack name, region and parameters it gives; paths and messages name the manifest as the user
     * (or the walk) did.
     */
    private void assembly(Path manifest, CloudAssembly assembly, List<Candidate> candidates) {
        String source = display.of(manifest);
        Path assemblyDirectory = manifest.toAbsolutePath().normalize().getParent();
        try {
            for (CloudAssembly.Stack stack : assembly.stacks()) {
                Path template = manifest.resolveSibling(assemblyDirectory.relativize(stack.template()));
                candidates.add(new Candidate(template, true, Optional.empty(), new Deployment(
                        Optional.of(new Deployment.Fact(stack.stackName(), source)),
                        stack.region().map(r -> new Deployment.Fact(r, source)),
                        Deployment.facts(stack.parameters(), source), OptionalInt.empty())));
            }
        } catch (CloudAssembly.Broken e) {
            errors.add(new FileError(source, "not a usable cloud assembly: " + e.getMessage()));
        }
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
            walk(start, file -> pattern.matches(slashes(start.relativize(file).toString())), candidates, false);
        }
        if (candidates.size() == before) {
            errors.add(new FileError(display.of(glob), "no file matches the pattern"));
        }
    }

    /**
     * Walks without following symbolic links (see the class comment). A directory that cannot be
     * listed is an error of its own, and the walk goes on with its siblings.
     *
     * @param directory  the directory as the user named it; found files keep that name
     * @param walksAssemblies whether a directory holding a cloud assembly's manifest stands for its stacks (a
     *                        plain walk), or is walked like any other (a glob, which chooses the files itself)
     */
    private void walk(Path directory, Predicate<Path> wanted, List<Candidate> candidates, boolean walksAssemblies) {
        List<Path> found = new ArrayList<>();
        Map<Path, CloudAssembly> assemblies = new TreeMap<>();
        try {
            // The directory named may itself be a link; the walk starts at what it names.
            Path start = directory.toRealPath();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(start)
                            && (isSkipped(dir) || isExcluded(directory.resolve(start.relativize(dir))))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path manifest = dir.resolve(CloudAssembly.MANIFEST);
                    Optional<CloudAssembly> assembly = walksAssemblies ? CloudAssembly.at(manifest) : Optional.empty();
                    if (assembly.isPresent()) {
                        // A cdk.out: its manifest says which templates to lint; its asset folders and
                        // nested assemblies are not walked.
                        assemblies.put(directory.resolve(start.relativize(manifest)), assembly.get());
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
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
        assemblies.forEach((manifest, assembly) -> assembly(manifest, assembly, candidates));
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
