package io.github.lambdalint.api;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.lambdalint.config.SamConfig;

/**
 * The samconfig files of one run: the file of a folder is read once, however many templates sit
 * in it, and a file that cannot be read is reported once, with the first template that needs it.
 * Templates are read in parallel, so it is safe to share between threads.
 */
final class SamConfigs {

    /** What the folder's samconfig file says, and whether its problem has been reported. */
    private record Folder(SamConfig.Lookup lookup, AtomicBoolean problemReported) {
    }

    private static final Folder NONE = new Folder(SamConfig.Lookup.NOTHING, new AtomicBoolean(true));

    private final String environment;
    private final ConcurrentMap<Path, Folder> folders = new ConcurrentHashMap<>();

    /** @param environment the samconfig environment to read ({@code --config-env}) */
    SamConfigs(String environment) {
        this.environment = environment;
    }

    /** What the samconfig file beside the template says for the run's environment. */
    SamConfig.Lookup beside(Path template) {
        return folder(template).lookup();
    }

    /** The problem of the samconfig file beside the template, unless an earlier template reported it. */
    Optional<SamConfig.Problem> unreportedProblem(Path template) {
        Folder folder = folder(template);
        return folder.lookup().problem().filter(p -> folder.problemReported().compareAndSet(false, true));
    }

    private Folder folder(Path template) {
        Path directory = template.toAbsolutePath().normalize().getParent();
        if (directory == null) {
            return NONE;
        }
        return folders.computeIfAbsent(directory, d -> new Folder(SamConfig.in(d, environment), new AtomicBoolean()));
    }
}
