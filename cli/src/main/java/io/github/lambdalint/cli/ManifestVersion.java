package io.github.lambdalint.cli;

import picocli.CommandLine;

/** The version the build wrote into the jar's manifest; "dev" when run from classes. */
final class ManifestVersion implements CommandLine.IVersionProvider {

    static String current() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"lambda-lint " + current()};
    }
}
