package io.github.lambdalint.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * The repository the inputs are in: the nearest directory holding {@code .git} (a directory,
     * or the file of a worktree or submodule) above every input, wherever the run started.
     * Without one, the base directory itself.
     */
    public static SourceRoot find(Path baseDirectory, List<Path> inputs) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path common = null;
        for (Path input : inputs) {
            Path absolute = base.resolve(input).normalize();
            if (common == null) {
                common = absolute;
            }
            while (common != null && !absolute.startsWith(common)) {
                common = common.getParent();
            }
        }
        for (Path candidate = common == null ? base : common; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve(".git"))) {
                // Run from the repository root, the two descriptions say the same; keep the simpler one.
                return candidate.equals(base) ? workingDirectory(base) : new SourceRoot(base, candidate,
                        "The root of the repository (the directory holding .git); template paths are relative to it.");
            }
        }
        return workingDirectory(base);
    }

    /** A directory the user named as the root. */
    public static SourceRoot given(Path baseDirectory, Path root) {
        return new SourceRoot(baseDirectory, root, "The directory given as the source root; template paths are "
                + "relative to it.");
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
