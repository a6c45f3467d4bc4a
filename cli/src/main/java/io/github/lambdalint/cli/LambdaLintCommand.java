package io.github.lambdalint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import io.github.lambdalint.report.AtomicFile;
import io.github.lambdalint.report.BaselineFile;
import io.github.lambdalint.report.InternalErrors;
import io.github.lambdalint.report.ReportFormat;
import io.github.lambdalint.report.Reporter;
import io.github.lambdalint.report.ToolInfo;
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
            "  AWS_REGION          the region when neither --region, the configuration nor a",
            "                      samconfig.toml beside the template gives one",
            "  AWS_DEFAULT_REGION  the region when AWS_REGION is not set either",
            "  NO_COLOR            when set, the text report has no colours"})
public final class LambdaLintCommand implements Callable<Integer> {

    static final String ISSUES = "https://github.com/lambdalint/lambda-lint/issues";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Template files or directories (walked for *.yaml, *.yml, *.json, *.template).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatOption.Converter.class,
            completionCandidates = FormatOption.Names.class,
            description = "Report format: text (default), json or sarif.")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all) instead of standard output.")
    private Path output;

    @Option(names = {"-r", "--region"}, paramLabel = "REGION",
            description = "Deploy region (AWS::Region). Default: region of the configuration, else the "
                    + "samconfig.toml beside the template, else $AWS_REGION, else $AWS_DEFAULT_REGION.")
    private String region;

    @Option(names = {"-p", "--parameter"}, paramLabel = "KEY=VALUE",
            description = "Value of a template parameter (repeatable); wins over parameters of the configuration.")
    private Map<String, String> parameters = new LinkedHashMap<>();

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

    @Option(names = "--explain", paramLabel = "ID", description = "Print the documentation of rule ID.")
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
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setParameterExceptionHandler(LambdaLintCommand::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> cl.<LambdaLintCommand>getCommand().bug(e));
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
        return lint(engine);
    }

    private int lint(LintEngine engine) {
        PrintWriter err = err();
        LintResult result;
        try {
            Optional<Baseline> accepted = baseline == null ? Optional.empty()
                    : Optional.of(BaselineFile.read(environment.resolve(baseline)));
            result = engine.lint(LintRequest.builder(environment.workingDirectory())
                    .paths(paths.stream().map(environment::resolve).toList())
                    .configFile(Optional.ofNullable(config).map(environment::resolve))
                    .region(Optional.ofNullable(region))
                    .parameters(parameters)
                    .failOn(Optional.ofNullable(failOn))
                    .baseline(accepted)
                    .environment(environment.variables())
                    .awsSnapshot(Optional.ofNullable(awsSnapshot).map(environment::resolve))
                    .build());
        } catch (InvalidConfigException e) {
            e.problems().forEach(p -> err.println("lambda-lint: " + p));
            err.println("lambda-lint: " + e.what() + " has mistakes; nothing was linted");
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("lambda-lint: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (verbose) {
            result.skippedFiles().forEach(file -> err.println("lambda-lint: skipped " + file + ": not a template"));
            result.snapshotSkips().forEach(skip -> err.println("lambda-lint: AWS snapshot: skipped " + skip));
            err.println("lambda-lint: " + result.templatesLinted() + " templates linted, "
                    + result.skippedFiles().size() + " files skipped");
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
        if (!writeReport(result)) {
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

    private boolean writeReport(LintResult result) {
        ToolInfo tool = ToolInfo.current();
        Reporter reporter = format.reporter(tool, colour());
        try {
            if (output == null) {
                reporter.write(result, out());
            } else {
                AtomicFile.write(environment.resolve(output), out -> reporter.write(result, out));
            }
            return true;
        } catch (IOException e) {
            err().println("lambda-lint: cannot write " + output + ": " + IoErrors.describe(e));
            return false;
        }
    }

    private int explain(List<RuleInfo> rules) {
        String id = explain.strip().toUpperCase(Locale.ROOT);
        Optional<RuleInfo> rule = rules.stream().filter(r -> r.id().equals(id)).findFirst();
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
        return format == ReportFormat.TEXT && output == null && !noColor && environment.terminal()
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
