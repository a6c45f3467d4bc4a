package io.github.lambdalint.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The read-only IAM policy in docs/snapshot.md allows every call the snapshot command prints. */
class SnapshotPolicyDocTest {

    @Test
    void theDocumentedPolicyNamesTheActionOfEverySource() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "snapshot.md"));
        for (SnapshotSource source : SnapshotSource.values()) {
            assertThat(doc).as("docs/snapshot.md for " + source.key()).contains("\"" + source.iamAction() + "\"");
        }
    }
}
