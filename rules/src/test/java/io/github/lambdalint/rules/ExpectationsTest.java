package io.github.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.parse.Position;

/** The markers TestdataTest relies on say what they mean, and a finding that differs from them fails. */
class ExpectationsTest {

    private static final Map<String, Level> LEVELS = Map.of("LL101", Level.ERROR, "LL104", Level.WARNING,
            "LL001", Level.NOTE);

    @TempDir
    Path root;

    private Expectations expectations(String template, String config) throws IOException {
        Files.writeString(root.resolve("worker.lambda-lint.yml"), config);
        return Expectations.of(Files.writeString(root.resolve("worker.yaml"), template), root, LEVELS);
    }

    private static Finding finding(String file, int line, String rule, Level level, String message) {
        return new Finding(rule, level, message, new Location(file, new Position(line, 3)), Optional.empty(),
                List.of(), Optional.empty(), "fp");
    }

    @Test
    void fragmentsMayHoldCommasAndLevelsAreOptional() throws IOException {
        Expectations expected = expectations("""
                # test-config: worker.lambda-lint.yml
                a: 1 # expect: LL101 note "no route, not even a NAT", LL104
                b: 2 # expect: LL104 "single subnet"
                """, "suppress: [] # expect: LL001 \"matches no finding\"\n");
        assertThat(expected.findings()).extracting(Object::toString).containsExactly(
                "worker.lambda-lint.yml:1 LL001 note \"matches no finding\"",
                "worker.yaml:2 LL101 note \"no route, not even a NAT\"",
                "worker.yaml:2 LL104 warning",
                "worker.yaml:3 LL104 warning \"single subnet\"");
    }

    @Test
    void aFindingMatchesOnlyInItsFileWithItsFragment() throws IOException {
        Expectations expected = expectations("""
                # test-config: worker.lambda-lint.yml
                a: 1 # expect: LL104 "single subnet"
                """, "a: 1\n");
        Finding right = finding("worker.yaml", 2, "LL104", Level.WARNING, "runs in a single subnet");
        Finding otherMessage = finding("worker.yaml", 2, "LL104", Level.WARNING, "all in one zone");
        Finding otherFile = finding("worker.lambda-lint.yml", 2, "LL104", Level.WARNING, "runs in a single subnet");

        assertThat(Expectations.compare(expected.findings(), List.of(right)).none()).isTrue();
        Expectations.Differences wrongMessage = Expectations.compare(expected.findings(), List.of(otherMessage));
        assertThat(wrongMessage.missing()).extracting(Object::toString)
                .containsExactly("worker.yaml:2 LL104 warning \"single subnet\"");
        assertThat(wrongMessage.unexpected()).containsExactly(otherMessage);
        Expectations.Differences wrongFile = Expectations.compare(expected.findings(), List.of(otherFile));
        assertThat(wrongFile.missing()).hasSize(1);
        assertThat(wrongFile.unexpected()).containsExactly(otherFile);
    }

    @Test
    void aMarkerWithAFragmentChoosesFirst() throws IOException {
        // The plain marker would take the first finding if it chose first, leaving the fragment unmatched.
        Expectations expected = expectations("a: 1 # expect: LL104, LL104 \"zone\"\n", "a: 1\n");
        Finding zone = finding("worker.yaml", 1, "LL104", Level.WARNING, "all in one zone");
        Finding single = finding("worker.yaml", 1, "LL104", Level.WARNING, "runs in a single subnet");
        assertThat(Expectations.compare(expected.findings(), List.of(zone, single)).none()).isTrue();
    }

    @Test
    void anUnreadableMarkerIsAnError() throws IOException {
        assertThatThrownBy(() -> expectations("a: 1 # expect: LL104 \"unterminated\n", "a: 1\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot read expectation");
    }
}
