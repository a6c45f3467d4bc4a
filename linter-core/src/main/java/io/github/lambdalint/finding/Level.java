package io.github.lambdalint.finding;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the names are SARIF's. */
public enum Level {
    NOTE, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Level other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Level> parse(String text) {
        for (Level level : values()) {
            if (level.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
