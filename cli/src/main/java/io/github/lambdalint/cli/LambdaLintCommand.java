package io.github.lambdalint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;

import io.github.lambdalint.api.Baseline;
import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.FileError;
import io.github.lambdalint.api.InvalidConfigException;
import io.github.lambdalint.api.IoErrors;
import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.report.AtomicFile;
import io.github.lambdalint.report.BaselineFile;
import io.github.lambdalint.report.InternalErrors;
import io.github.lambdalint.report.ReportFormat;
import io.github.lambdalint.report.ReportOptions;
import io.github.lambdalint.report.Reporter;
import io.github.lambdalint.report.SourceRoot;
import io.github.lambdalint.report.TextReporter;
import io.github.lambdalint.report.ToolInfo;
import io.github.lambdalint.resolve.Regions;
import io.github.lambdalint.rule.RuleDocs;
import io.github.lambdalint.rule.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lambda-lint [options] PATH...}: lints templates and reports what it found
 * (DESIGN.md, section 3). It is a thin caller of {@link LintEngine}: it turns options into a
 * {@link LintRequest}, writes the report and picks the exit status.
 */
@Command(name = "lambda-lint", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Finds Lambda networking and invocation mistakes in CloudFormation and SAM templates.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage error, or a file that could not be read or written",
            "3:internal error (a bug in lambda-lint: please report it)"},
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  AWS_REGION          the region when neither --region, the configuration, a",
            "                      samconfig.toml beside the template nor a CDK manifest gives one",
            "  AWS_DEFAULT_REGION  the region when AWS_REGION is not set either",
            "  NO_COLOR            when set, the text report has no colours"})
public final class LambdaLintCommand implements Callable<Integer> {

    static final String ISSUES = "https://github.com/lambdalint/lambda-lint/issues";

    /** The PATH that stands for standard input, as in cfn-lint and most Unix tools. */
    private static final Path STANDARD_INPUT = Path.of("-");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Template files, directories (walked for *.yaml, *.yml, *.json, *.template), globs "
                    + "('infra/**/*.yaml'), or - for a template on standard input.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files and directories found by walks and globs that match GLOB, relative to "
                    + "the working directory (repeatable).")
    private List<String> excludes = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatOption.Converter.class,
            completionCandidates = FormatOption.Names.class,
            description = "Report format: text (default), json, sarif, github (workflow commands) or junit.")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all); the text report still goes to "
                    + "standard output unless --quiet.")
    private Path output;

    @Option(names = {"-q", "--quiet"}, description = "With --output, print nothing on standard output.")
    private boolean quiet;

    @Option(names = "--sarif-category", paramLabel = "CATEGORY",
            description = "The SARIF run's category (automationDetails.id), to upload several lambda-lint runs "
                    + "for one commit.")
    private String sarifCategory;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "The root SARIF and GitHub annotation paths are relative to. Default: the repository "
                    + "(nearest .git above the inputs), else the working directory.")
    private Path sourceRoot;

    @Option(names = {"-r", "--region"}, paramLabel = "REGION",
            description = "Deploy region (AWS::Region). Default: the configuration's stacks entry or region, else "
                    + "the samconfig.toml beside the template, else the CDK manifest, else $AWS_REGION, else "
                    + "$AWS_DEFAULT_REGION.")
    private String region;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE",
            description = "Value of a template parameter (repeatable); wins over parameters of the configuration.")
    private List<String> parameters = new ArrayList<>();

    @Option(names = "--parameters-file", paramLabel = "FILE",
            description = "Parameter values from FILE: CloudFormation's [{\"ParameterKey\": ..., \"ParameterValue\": ...}], "
                    + "CodePipeline's {\"Parameters\": {...}}, or SAM's Key=Value list. --parameter wins over it; "
                    + "it wins over the configuration, samconfig files and CDK manifests.")
    private Path parametersFile;

    @Option(names = "--stack-name", paramLabel = "NAME",
            description = "Stack name (AWS::StackName) of the one template linted. Default: the configuration's "
                    + "stacks entry, else stack_name of the samconfig beside the template, else the CDK manifest.")
    private String stackName;

    @Option(names = "--config-env", paramLabel = "ENV",
            description = "Environment of samconfig.toml/yaml files to read, as SAM CLI's --config-env. Default: default.")
    private String configEnvironment;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file. Default: .lambda-lint.yml in the working directory, if present.")
    private Path config;

    @Option(names = "--aws-snapshot", paramLabel = "DIR",
            description = "Folder of AWS CLI JSON output (see lambda-lint snapshot) describing the account the templates "
                    + "deploy into. Default: awsSnapshot of the configuration.")
    private Path awsSnapshot;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnOption.Converter.class,
            completionCandidates = FailOnOption.Names.class,
            description = "Exit with 1 when an unsuppressed finding is at or above LEVEL: "
                    + "error (default), warning, note or never. Default: failOn of the configuration, else error.")
    private FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare with a baseline: only findings that are not in it count for --fail-on.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write the current findings to FILE as the baseline, and do not fail on them.")
    private Path writeBaseline;

    @Option(names = "--list-rules", description = "List the rules: id, default level, name and summary.")
    private boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE",
            description = "Print the documentation of a rule, by id (LL101) or name (VpcFunctionWithoutEgress).")
    private String explain;

    @Option(names = {"-v", "--verbose"}, description = "Also list, on standard error, the files found in "
            + "directories that were skipped because they are not templates, and what the AWS snapshot reader skipped.")
    private boolean verbose;

    @Option(names = "--debug", description = "Show the stack traces of internal errors.")
    private boolean debug;

    @Option(names = "--no-color", description = "No colours in the text report.")
    private boolean noColor;

    private final Environment environment;

    private LambdaLintCommand(Environment environment) {
        this.environment = environment;
    }

    /** The one way to make the command line, for {@code main} and for tests alike. */
    public static CommandLine commandLine(Environment environment) {
        CommandLine commandLine = new CommandLine(new LambdaLintCommand(environment));
        commandLine.addSubcommand(new SnapshotCommand());
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setParameterExceptionHandler(LambdaLintCommand::usageError);
        commandLine.setExecutionExceptionHandler(
                (e, cl, parsed) -> commandLine.<LambdaLintCommand>getCommand().bug(e));
        return commandLine;
    }

    @Override
    public Integer call() {
        LintEngine engine = engine();
        if (listRules) {
            RuleTable.print(engine.rules(), out());
            return ExitCodes.CLEAN;
        }
        if (explain != null) {
            return explain(engine.rules());
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no PATH given: name the templates or directories to lint");
        }
        if (stackName != null && (paths.size() > 1 || Files.isDirectory(environment.resolve(paths.get(0))))) {
            throw new ParameterException(spec.commandLine(), "--stack-name names the stack of one template, but "
                    + (paths.size() > 1 ? paths.size() + " paths are" : "a directory is") + " given; name the stacks "
                    + "of several templates in the configuration's stacks: list");
        }
        return lint(engine);
    }

    private int lint(LintEngine engine) {
        PrintWriter err = err();
        if (region != null && !region.isBlank() && !Regions.exists(region.strip())) {
            throw new ParameterException(spec.commandLine(), "--region '" + region + "' is not an AWS Region; "
                    + "the Regions are " + String.join(", ", Regions.all()));
        }
        if (sarifCategory != null && format != ReportFormat.SARIF) {
            // Silently dropped, a category given for another format looks applied until the upload is replaced.
            err.println("lambda-lint: warning: --sarif-category applies only to -f sarif (ignored)");
        }
        Optional<SourceRoot> root = sourceRoot();
        if (root.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Map<String, String> given = ParameterArguments.parse(parameters, warning -> err.println("lambda-lint: warning: "
                + warning));
        LintResult result;
        try {
            Optional<Baseline> accepted = baseline == null ? Optional.empty()
                    : Optional.of(BaselineFile.read(environment.resolve(baseline)));
            LintRequest request = LintRequest.builder(environment.workingDirectory())
                    .paths(files().stream().map(environment::resolve).toList())
                    .standardInput(readsStandardInput() ? Optional.of(standardInput()) : Optional.empty())
                    .excludes(excludes)
                    .configFile(Optional.ofNullable(config).map(environment::resolve))
                    .region(Optional.ofNullable(region).map(String::strip))
                    .parameters(given)
                    .parametersFile(Optional.ofNullable(parametersFile).map(environment::resolve))
                    .stackName(Optional.ofNullable(stackName))
                    .samEnvironment(Optional.ofNullable(configEnvironment))
                    .failOn(Optional.ofNullable(failOn))
                    .baseline(accepted)
                    .environment(environment.variables())
                    .awsSnapshot(Optional.ofNullable(awsSnapshot).map(environment::resolve))
                    .build();
            LintEngine.Inputs inputs = engine.inputs(request);
            Optional<String> overwritten = OutputGuard.overwrittenInput(inputs.files(), writeTargets());
            if (overwritten.isPresent()) {
                err.println("lambda-lint: " + overwritten.get() + "; nothing was linted or written");
                err.flush();
                return ExitCodes.USAGE;
            }
            result = engine.lint(request, inputs);
        } catch (InvalidConfigException e) {
            e.problems().forEach(p -> err.println("lambda-lint: " + p));
            err.println("lambda-lint: the " + e.what() + " has mistakes; nothing was linted");
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("lambda-lint: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        result.warnings().forEach(warning -> err.println("lambda-lint: warning: " + warning));
        if (verbose) {
            result.skippedFiles().forEach(file -> err.println("lambda-lint: skipped " + file + ": not a template"));
            result.snapshotSkips().forEach(skip -> err.println("lambda-lint: AWS snapshot: skipped " + skip));
            err.println("lambda-lint: " + TextReporter.counted(result.templatesLinted(), "template") + " linted, "
                    + TextReporter.counted(result.skippedFiles().size(), "file") + " skipped");
        }

        int status = ExitCodes.CLEAN;
        for (FileError error : result.fileErrors()) {
            err.println("lambda-lint: " + error.file() + ": " + error.message());
            status = Math.max(status, ExitCodes.USAGE);
        }
        for (LintCrash crash : result.crashes()) {
            err.println("lambda-lint: internal error while checking " + crash.file() + " (" + crash.stage() + "): "
                    + InternalErrors.describe(crash.cause()) + plea());
            if (debug) {
                crash.cause().printStackTrace(err);
            }
            status = Math.max(status, ExitCodes.INTERNAL);
        }
        err.flush();
        if (!writeReport(result, root.get())) {
            status = Math.max(status, ExitCodes.USAGE);
        }
        if (writeBaseline != null) {
            try {
                BaselineFile.write(environment.resolve(writeBaseline), result);
                err.println("lambda-lint: wrote the baseline " + writeBaseline + " with "
                        + result.findings().stream().filter(f -> !f.isSuppressed()).count() + " findings");
                err.flush();
            } catch (IOException e) {
                err.println("lambda-lint: cannot write " + writeBaseline + ": " + IoErrors.describe(e));
                err.flush();
                status = Math.max(status, ExitCodes.USAGE);
            }
        } else if (result.fails()) {
            status = Math.max(status, ExitCodes.FINDINGS);
        }
        return status;
    }

    /**
     * The report goes to standard output, or to the file; with a file, people (and CI logs) still
     * see the text report on the console, as cfn-lint's and checkov's users are used to.
     */
    private boolean writeReport(LintResult result, SourceRoot root) {
        ToolInfo tool = ToolInfo.current();
        ReportOptions options = new ReportOptions(tool, colour(), Optional.ofNullable(sarifCategory), root);
        try {
            if (output == null) {
                format.reporter(options).write(result, out());
                return true;
            }
            Reporter reporter = format.reporter(new ReportOptions(tool, false, options.sarifCategory(), root));
            AtomicFile.write(environment.resolve(output), out -> reporter.write(result, out));
        } catch (IOException e) {
            err().println("lambda-lint: cannot write " + output + ": " + IoErrors.describe(e));
            return false;
        }
        if (!quiet && !OutputGuard.isStandardOutput(environment.resolve(output))) {
            try {
                ReportFormat.TEXT.reporter(options).write(result, out());
            } catch (IOException e) {
                err().println("lambda-lint: cannot write to standard output: " + IoErrors.describe(e));
                return false;
            }
        }
        return true;
    }

    private boolean readsStandardInput() {
        return paths.contains(STANDARD_INPUT);
    }

    private List<Path> files() {
        return paths.stream().filter(path -> !path.equals(STANDARD_INPUT)).toList();
    }

    /**
     * At most one byte more than a template may have: a larger input is reported as too large
     * (LL000) without holding all of it.
     */
    private byte[] standardInput() throws IOException {
        return environment.in().readNBytes(ParseLimits.DEFAULT.maxBytes() + 1);
    }

    private List<Path> writeTargets() {
        List<Path> targets = new ArrayList<>();
        Optional.ofNullable(output).map(environment::resolve).ifPresent(targets::add);
        Optional.ofNullable(writeBaseline).map(environment::resolve).ifPresent(targets::add);
        return targets;
    }

    /** The given source root, which must be a directory, or the repository the inputs are in. */
    private Optional<SourceRoot> sourceRoot() {
        if (sourceRoot == null) {
            return Optional.of(SourceRoot.find(environment.workingDirectory(),
                    files().stream().map(environment::resolve).toList()));
        }
        Path directory = environment.resolve(sourceRoot);
        if (!java.nio.file.Files.isDirectory(directory)) {
            err().println("lambda-lint: --source-root " + sourceRoot + " is not a directory");
            err().flush();
            return Optional.empty();
        }
        return Optional.of(SourceRoot.given(environment.workingDirectory(), directory));
    }

    private int explain(List<RuleInfo> rules) {
        String wanted = explain.strip();
        Optional<RuleInfo> rule = rules.stream()
                .filter(r -> r.id().equalsIgnoreCase(wanted) || r.name().equalsIgnoreCase(wanted)).findFirst();
        if (rule.isEmpty()) {
            err().println("lambda-lint: unknown rule '" + explain + "'; --list-rules shows the rules");
            return ExitCodes.USAGE;
        }
        out().print(RuleExplanation.of(rule.get(), RuleDocs::markdown));
        out().flush();
        return ExitCodes.CLEAN;
    }

    private LintEngine engine() {
        try {
            return environment.engines().get();
        } catch (ServiceConfigurationError e) {
            // An Error would escape picocli's handler; as an exception it is reported like any other bug.
            throw new IllegalStateException("cannot load the installed rules: " + e.getMessage(), e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private boolean colour() {
        return !noColor && environment.terminal()
                && environment.variable("NO_COLOR").isEmpty()
                && !environment.variable("TERM").map("dumb"::equals).orElse(false);
    }

    private String plea() {
        return " — please report this at " + ISSUES + (debug ? "" : " (run with --debug for the stack trace)");
    }

    /** A failure of lambda-lint itself outside the engine's own error handling. */
    private int bug(Exception e) {
        PrintWriter err = err();
        err.println("lambda-lint: internal error: " + InternalErrors.describe(e) + plea());
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("lambda-lint: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try 'lambda-lint --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
