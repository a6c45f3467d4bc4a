package io.github.lambdalint.cli;

import java.util.Arrays;
import java.util.Iterator;

import io.github.lambdalint.api.FailOn;
import picocli.CommandLine;

/** How {@code --fail-on} reads and lists its levels: by their lower-case names. */
final class FailOnOption {

    private FailOnOption() {
    }

    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return FailOn.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected one of " + FailOn.allowed() + " but was '" + value + "'"));
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FailOn.values()).map(FailOn::label).iterator();
        }
    }
}
