package io.github.lambdalint.snapshot;

import io.github.lambdalint.parse.Position;

/** Where a fact stands in the snapshot: the JSON file (as messages name it) and the object's position. */
public record SnapshotPlace(String file, Position position) {

    @Override
    public String toString() {
        return file + ":" + position;
    }
}
