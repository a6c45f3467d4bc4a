package io.github.lambdalint.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.config.SamConfig;
import io.github.lambdalint.parse.ParseLimits;

/**
 * What to lint and what the caller was told: the user's options (command line or POM) and the
 * process environment. The engine adds the configuration file and decides, option over
 * configuration over environment, what the run uses ({@link RunSettings}). Made with
 * {@link #builder(Path)}; every part but the base directory is optional.
 *
 * @param paths           files and directories the user named: a named file that is not a template is reported
 * @param discoveredFiles files a front end found by its own search (the Maven plugin's include patterns),
 *                        linted like files found by walking a directory: one that is not a template is skipped
 * @param baseDirectory   where the user works: reported paths (and SARIF URIs) are relative to it, and the
 *                        default configuration file {@code .lambda-lint.yml} is looked for in it
 * @param configFile      the configuration file to read, if any
 * @param region          the deploy region the user gave ({@code --region}, POM {@code region})
 * @param parameters      template parameter values the user gave; they win over the configuration's
 * @param failOn          the level the user said fails the run; else the configuration's, else error
 * @param baseline        findings accepted earlier: only new ones count
 * @param environment     the process's variables ({@code AWS_REGION}, {@code AWS_DEFAULT_REGION}); an empty
 *                        value counts as unset
 * @param limits          bounds on hostile input
 * @param awsSnapshot     the folder of AWS CLI JSON output the user gave; it wins over the configuration's
 * @param excludes        globs ({@link FileGlob}) of files and directories that walks and globs leave out,
 *                        matched against paths relative to the base directory
 * @param standardInput   a template read from standard input ({@code -}), linted as a named file shown as
 *                        {@value #STANDARD_INPUT}; a samconfig file in the base directory gives its region
 * @param stackName       the stack name the user gave ({@code --stack-name}) for the one template of the request
 * @param parametersFile  a file of parameter values ({@code --parameters-file}, {@code ParametersFile} shapes);
 *                        the request's own parameters win over it, and it wins over the configuration's
 * @param samEnvironment  the samconfig environment to read ({@code --config-env}), by default {@code default}
 */
public record LintRequest(List<Path> paths, List<Path> discoveredFiles, Path baseDirectory,
                          Optional<Path> configFile, Optional<String> region, Map<String, String> parameters,
                          Optional<FailOn> failOn, Optional<Baseline> baseline, Map<String, String> environment,
                          ParseLimits limits, List<String> excludes, Optional<byte[]> standardInput,
                          Optional<String> stackName, Optional<Path> parametersFile, String samEnvironment,
                          Optional<Path> awsSnapshot) {

    /** The configuration file read when none is named, in the base directory. */
    public static final String DEFAULT_CONFIG_FILE = ".lambda-lint.yml";

    /** How reports name a template read from standard input, as cfn-lint does. */
    public static final String STANDARD_INPUT = "<stdin>";

    public LintRequest {
        paths = List.copyOf(paths);
        discoveredFiles = List.copyOf(discoveredFiles);
        parameters = Map.copyOf(parameters);
        environment = Map.copyOf(environment);
        excludes = List.copyOf(excludes);
        standardInput = standardInput.map(byte[]::clone);
    }

    /** A copy: the request stays what it was built with. */
    @Override
    public Optional<byte[]> standardInput() {
        return standardInput.map(byte[]::clone);
    }

    /** The named files and directories, with nothing else given: no configuration, region or parameters. */
    public static LintRequest of(List<Path> paths, Path baseDirectory) {
        return builder(baseDirectory).paths(paths).build();
    }

    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** Collects a request; each method replaces what an earlier call gave. */
    public static final class Builder {

        private final Path baseDirectory;
        private List<Path> paths = List.of();
        private List<Path> discoveredFiles = List.of();
        private Optional<Path> configFile = Optional.empty();
        private Optional<String> region = Optional.empty();
        private Map<String, String> parameters = Map.of();
        private Optional<FailOn> failOn = Optional.empty();
        private Optional<Baseline> baseline = Optional.empty();
        private Map<String, String> environment = Map.of();
        private ParseLimits limits = ParseLimits.DEFAULT;
        private Optional<Path> awsSnapshot = Optional.empty();
        private List<String> excludes = List.of();
        private Optional<byte[]> standardInput = Optional.empty();
        private Optional<String> stackName = Optional.empty();
        private Optional<Path> parametersFile = Optional.empty();
        private String samEnvironment = SamConfig.DEFAULT_ENVIRONMENT;

        private Builder(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
        }

        public Builder paths(List<Path> given) {
            paths = new ArrayList<>(given);
            return this;
        }

        public Builder discoveredFiles(List<Path> given) {
            discoveredFiles = new ArrayList<>(given);
            return this;
        }

        /**
         * Reads the configuration file the user named or, when none is named, {@value #DEFAULT_CONFIG_FILE}
         * in the base directory if there is one. Without this call no configuration is read.
         */
        public Builder configFile(Optional<Path> named) {
            configFile = named.or(() -> Optional.of(baseDirectory.resolve(DEFAULT_CONFIG_FILE))
                    .filter(Files::isRegularFile));
            return this;
        }

        public Builder region(Optional<String> given) {
            region = given;
            return this;
        }

        public Builder parameters(Map<String, String> given) {
            parameters = new LinkedHashMap<>(given);
            return this;
        }

        public Builder failOn(Optional<FailOn> given) {
            failOn = given;
            return this;
        }

        public Builder baseline(Optional<Baseline> given) {
            baseline = given;
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            environment = new LinkedHashMap<>(variables);
            return this;
        }

        public Builder limits(ParseLimits given) {
            limits = given;
            return this;
        }

        /** A folder of AWS CLI JSON output describing the account the templates deploy into. */
        public Builder awsSnapshot(Optional<Path> folder) {
            awsSnapshot = folder;
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes = new ArrayList<>(globs);
            return this;
        }

        public Builder standardInput(Optional<byte[]> bytes) {
            standardInput = bytes;
            return this;
        }

        /** The stack name of the one template linted; a front end refuses it with several templates. */
        public Builder stackName(Optional<String> given) {
            stackName = given;
            return this;
        }

        public Builder parametersFile(Optional<Path> given) {
            parametersFile = given;
            return this;
        }

        /** The samconfig environment ({@code --config-env}); empty means SAM CLI's {@code default}. */
        public Builder samEnvironment(Optional<String> given) {
            samEnvironment = given.map(String::strip).filter(e -> !e.isEmpty()).orElse(SamConfig.DEFAULT_ENVIRONMENT);
            return this;
        }

        public LintRequest build() {
            return new LintRequest(paths, discoveredFiles, baseDirectory, configFile, region, parameters, failOn,
                    baseline, environment, limits, excludes, standardInput, stackName, parametersFile,
                    samEnvironment, awsSnapshot);
        }
    }
}
