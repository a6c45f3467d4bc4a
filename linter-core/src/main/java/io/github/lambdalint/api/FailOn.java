package io.github.lambdalint.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.lambdalint.finding.Level;

/** The lowest level of unsuppressed finding that fails a run; {@link #NEVER} never fails. */
public enum FailOn {
    ERROR(Level.ERROR), WARNING(Level.WARNING), NOTE(Level.NOTE), NEVER(null);

    private final Level threshold;

    FailOn(Level threshold) {
        this.threshold = threshold;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level at and above which findings fail the run; empty for {@link #NEVER}. */
    public Optional<Level> threshold() {
        return Optional.ofNullable(threshold);
    }

    public static Optional<FailOn> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(text.strip())).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(FailOn::label).collect(Collectors.joining(", "));
    }
}
