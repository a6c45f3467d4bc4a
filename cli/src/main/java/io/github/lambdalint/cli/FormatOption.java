package io.github.lambdalint.cli;

import java.util.Arrays;
import java.util.Iterator;

import io.github.lambdalint.report.ReportFormat;
import picocli.CommandLine;

/** How {@code --format} reads and lists the report formats: by their lower-case names. */
final class FormatOption {

    private FormatOption() {
    }

    static final class Converter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected one of " + String.join(", ", new Names()) + " but was '" + value + "'"));
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
        }
    }
}
