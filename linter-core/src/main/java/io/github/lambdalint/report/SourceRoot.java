package io.github.lambdalint.report;

import java.nio.file.Path;

/**
 * The directory code hosts resolve report paths against — SARIF's {@code %SRCROOT%}, the
 * {@code file=} of a GitHub annotation: the repository root, so GitHub finds the file whatever
 * directory lambda-lint ran in. Findings carry paths relative to the run's base directory (or
 * absolute ones, outside it); this re-roots them.
 *
 * @param baseDirectory the directory finding paths are relative to
 * @param root          the directory reports make them relative to
 * @param description   what the root is, in words (SARIF {@code originalUriBaseIds})
 */
public record SourceRoot(Path baseDirectory, Path root, String description) {

    static final String WORKING_DIRECTORY = "The directory lambda-lint was run from; template paths are relative to it.";

    public SourceRoot {
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        root = root.toAbsolutePath().normalize();
    }

    /** Paths stay as the run shows them: relative to the directory lambda-lint was run from. */
    public static SourceRoot workingDirectory(Path baseDirectory) {
        return new SourceRoot(baseDirectory, baseDirectory, WORKING_DIRECTORY);
    }

    /** A path as reports for code hosts show it: relative to the root with {@code /}, or absolute outside it. */
    public String path(String shown) {
        if (root.equals(baseDirectory)) {
            return shown;
        }
        Path absolute = baseDirectory.resolve(shown).normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }
}
