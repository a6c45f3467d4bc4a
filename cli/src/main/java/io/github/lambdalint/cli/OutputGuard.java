package io.github.lambdalint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a report or baseline path that is one of the files the run reads: writing there
 * would replace a template with its own report ({@code -o t.yaml t.yaml}). Compared as files
 * (through links and {@code ..}), not as names.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    /** What is wrong, when a target is an input. */
    static Optional<String> overwrittenInput(List<Path> inputs, List<Path> targets) {
        for (Path target : targets) {
            if (!Files.exists(target)) {
                continue;
            }
            for (Path input : inputs) {
                if (isSameFile(input, target)) {
                    // The full path, not the file name: -o /tmp/t.yaml read "the output t.yaml is /tmp/t.yaml".
                    Path shown = target.normalize();
                    String reached = shown.equals(input.normalize()) ? "" : input.normalize() + ", ";
                    return Optional.of("the output " + shown + " is " + reached
                            + "one of the files to lint; writing the report there would destroy it");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the report file is this process's standard output ({@code -o /dev/stdout}, or the
     * file standard output is redirected to): then the console copy would be written into it too.
     */
    static boolean isStandardOutput(Path target) {
        Path stdout = Path.of("/dev/stdout");
        return Files.exists(stdout) && Files.exists(target) && isSameFile(stdout, target);
    }

    private static boolean isSameFile(Path input, Path target) {
        try {
            return Files.isSameFile(input, target);
        } catch (IOException e) {
            return false;
        }
    }
}
