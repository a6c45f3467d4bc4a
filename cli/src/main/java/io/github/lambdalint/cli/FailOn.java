package io.github.lambdalint.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.finding.Level;
import picocli.CommandLine;

/** The least serious level that makes the run fail, or never. */
enum FailOn {
    ERROR(Level.ERROR), WARNING(Level.WARNING), NOTE(Level.NOTE), NEVER(null);

    private final Level threshold;

    FailOn(Level threshold) {
        this.threshold = threshold;
    }

    Optional<Level> threshold() {
        return Optional.ofNullable(threshold);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the lower-case names users type. */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn failOn : values()) {
                if (failOn.label().equalsIgnoreCase(value.strip())) {
                    return failOn;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "expected one of error, warning, note, never but was '" + value + "'");
        }
    }

    /** The names for help and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning", "note", "never").iterator();
        }
    }
}
