package io.github.lambdalint.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.lambdalint.api.FileGlob;

/**
 * Finds a module's templates: the files under the base directory that match an include and no
 * exclude. Patterns are {@link FileGlob}s, read exactly as the command line reads its globs; as
 * Maven users write them, a leading {@code /} is dropped. Directories an exclude ending in
 * {@code /**} matches ({@code target/**}, {@code **}{@code /node_modules/**}) and the directories of
 * sub-modules (linted by their own build) are not even entered.
 */
final class TemplateScanner {

    static final List<String> DEFAULT_INCLUDES = List.of(
            "template.yaml", "template.yml", "template.json",
            "**/*.template.yaml", "**/*.template.yml", "**/*.template.json",
            "**/cloudformation/**/*.yaml", "**/cloudformation/**/*.yml", "**/cloudformation/**/*.json");

    static final List<String> DEFAULT_EXCLUDES = List.of(
            "target/**", "**/.aws-sam/**", "**/node_modules/**", "**/cdk.out/**");

    /**
     * The templates found, sorted by relative path; directories that could not be listed; and, by
     * default exclude, the directories it kept out of the scan.
     */
    record Scan(List<Path> templates, List<Path> unreadableDirectories,
                Map<String, List<String>> skippedByDefaultExcludes) {
    }

    /** A default exclude that does not apply because an explicit include names its directory. */
    record Waiver(String defaultExclude, String include) {
    }

    private final List<FileGlob> includes;
    private final List<FileGlob> excludes;
    private final List<FileGlob> excludedDirectories;
    private final Map<FileGlob, String> defaultExcludedDirectories = new LinkedHashMap<>();
    private final List<Waiver> waivers = new ArrayList<>();

    /**
     * @param includes          patterns of templates; null or empty means {@link #DEFAULT_INCLUDES}
     * @param excludes          patterns of files and directories to leave out, beside the defaults
     * @param defaultExcludes   whether {@link #DEFAULT_EXCLUDES} apply too; one whose directory an
     *                          explicit include names ({@code cdk.out/*.template.json}) never does
     */
    TemplateScanner(List<String> includes, List<String> excludes, boolean defaultExcludes) {
        this.includes = patterns(includes, DEFAULT_INCLUDES);
        boolean explicitIncludes = !isDefault(includes);
        List<String> allExcludes = new ArrayList<>();
        if (defaultExcludes) {
            for (String exclude : DEFAULT_EXCLUDES) {
                Optional<String> naming = explicitIncludes ? namingInclude(exclude, this.includes) : Optional.empty();
                if (naming.isPresent()) {
                    waivers.add(new Waiver(exclude, naming.get()));
                } else {
                    allExcludes.add(exclude);
                    defaultExcludedDirectories.put(pattern(exclude), exclude);
                }
            }
        }
        if (excludes != null) {
            allExcludes.addAll(excludes);
        }
        this.excludes = patterns(allExcludes, List.of());
        this.excludedDirectories = this.excludes.stream().filter(TemplateScanner::prunesDirectories).toList();
    }

    /** The default excludes an explicit include turned off, to be said in the log. */
    List<Waiver> waivers() {
        return List.copyOf(waivers);
    }

    private static boolean isDefault(List<String> includes) {
        return includes == null || includes.stream().allMatch(s -> s == null || s.isBlank());
    }

    /** The first include with a path segment that is the directory the default exclude skips. */
    private static Optional<String> namingInclude(String defaultExclude, List<FileGlob> includes) {
        String directory = defaultExclude.replaceFirst("^\\*\\*/", "").replaceFirst("/\\*\\*$", "");
        return includes.stream().map(FileGlob::toString)
                .filter(include -> Arrays.asList(include.split("/")).contains(directory))
                .findFirst();
    }

    Scan scan(Path baseDirectory, Collection<Path> skippedDirectories) throws IOException {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Set<Path> skipped = skippedDirectories.stream().map(p -> p.toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        List<Path> templates = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        TreeMap<String, List<String>> skippedByDefault = new TreeMap<>();
        if (!Files.isDirectory(base)) {
            return new Scan(List.of(), List.of(), Map.of());
        }
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                if (directory.equals(base)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(base, directory);
                boolean excluded = skipped.contains(directory)
                        || excludedDirectories.stream().anyMatch(p -> p.matches(relative));
                if (excluded) {
                    defaultExcludedDirectories.entrySet().stream().filter(e -> e.getKey().matches(relative))
                            .findFirst().ifPresent(e -> skippedByDefault
                                    .computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(relative));
                }
                return excluded ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean regular = attributes.isRegularFile()
                        || attributes.isSymbolicLink() && Files.isRegularFile(file);
                if (regular && isSelected(relative(base, file))) {
                    templates.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(base)) {
                    throw e;
                }
                if (Files.isDirectory(file)) {
                    unreadable.add(file);
                } else if (isSelected(relative(base, file))) {
                    templates.add(file); // the engine reports why it cannot be read
                }
                return FileVisitResult.CONTINUE;
            }
        });
        templates.sort(Comparator.comparing(p -> relative(base, p)));
        unreadable.sort(Comparator.naturalOrder());
        skippedByDefault.values().forEach(directories -> directories.sort(Comparator.naturalOrder()));
        return new Scan(List.copyOf(templates), List.copyOf(unreadable), java.util.Collections.unmodifiableSortedMap(skippedByDefault));
    }

    boolean isSelected(String relativePath) {
        return includes.stream().anyMatch(p -> p.matches(relativePath))
                && excludes.stream().noneMatch(p -> p.matches(relativePath));
    }

    private static List<FileGlob> patterns(List<String> given, List<String> defaults) {
        List<String> texts = given == null || given.stream().allMatch(s -> s == null || s.isBlank()) ? defaults : given;
        return texts.stream().filter(s -> s != null && !s.isBlank()).map(TemplateScanner::pattern).toList();
    }

    /** A pattern relative to the module, however the POM writes it: {@code /infra/**}, {@code infra//*.yaml}. */
    private static FileGlob pattern(String text) {
        String relative = text.strip().replace('\\', '/').replaceAll("/{2,}", "/");
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        return FileGlob.of(relative);
    }

    /**
     * An exclude of everything below a directory ({@code dir/**}, {@code **}) skips the directory
     * whole; a glob {@code dir/**} matches the directory itself too.
     */
    private static boolean prunesDirectories(FileGlob exclude) {
        String text = exclude.toString();
        return text.equals("**") || text.endsWith("/**") || text.endsWith("/");
    }

    static String relative(Path base, Path path) {
        return base.relativize(path).toString().replace('\\', '/');
    }
}
