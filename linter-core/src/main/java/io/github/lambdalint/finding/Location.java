package io.github.lambdalint.finding;

import io.github.lambdalint.parse.Position;

/** A place in a file, by the path shown to the user (relative, with forward slashes). */
public record Location(String file, Position position) implements Comparable<Location> {

    @Override
    public int compareTo(Location other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : position.compareTo(other.position);
    }

    @Override
    public String toString() {
        return file + ":" + position;
    }
}
