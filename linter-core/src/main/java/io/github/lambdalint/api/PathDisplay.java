package io.github.lambdalint.api;

import java.nio.file.Path;

/** Shows paths relative to the base directory, with forward slashes, as SARIF URIs want. */
final class PathDisplay {

    private final Path base;

    PathDisplay(Path baseDirectory) {
        this.base = baseDirectory.toAbsolutePath().normalize();
    }

    String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
