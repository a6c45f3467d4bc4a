package io.github.lambdalint.api;

/** A file that could not be read at all (missing, unreadable): not a finding, a usage or I/O error. */
public record FileError(String file, String message) {
}
