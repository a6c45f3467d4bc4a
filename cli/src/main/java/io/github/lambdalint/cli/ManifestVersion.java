package io.github.lambdalint.cli;

import io.github.lambdalint.report.ToolInfo;
import picocli.CommandLine;

/** {@code --version}: the version reports carry too. */
final class ManifestVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {ToolInfo.NAME + " " + ToolInfo.current().version()};
    }
}
