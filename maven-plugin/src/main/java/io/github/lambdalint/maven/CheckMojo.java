package io.github.lambdalint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.stream.Collectors;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.lambdalint.api.Baseline;
import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.InvalidConfigException;
import io.github.lambdalint.api.LintCrash;
import io.github.lambdalint.api.LintEngine;
import io.github.lambdalint.api.LintRequest;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.report.AtomicFile;
import io.github.lambdalint.report.BaselineFile;
import io.github.lambdalint.report.Reporter;
import io.github.lambdalint.report.SarifReporter;
import io.github.lambdalint.report.SourceRoot;
import io.github.lambdalint.report.ToolInfo;
import io.github.lambdalint.rule.RuleDocs;

/**
 * Lints the module's CloudFormation/SAM templates, logs the findings, always writes a SARIF
 * report, and fails the build on findings at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    private static final String BUG = "lambda-lint failed internally, which is a bug: please report it at "
            + ToolInfo.INFORMATION_URI + "/issues with the template if you can. ";

    /**
     * Globs (as the command line reads them: *, ?, **, [abc], {yaml,yml}), relative to the module
     * directory, of the templates to lint; they replace
     * the default includes, which are: template.yaml, template.yml, template.json,
     * **&#47;*.template.yaml, **&#47;*.template.yml, **&#47;*.template.json,
     * **&#47;cloudformation/**&#47;*.yaml, **&#47;cloudformation/**&#47;*.yml and
     * **&#47;cloudformation/**&#47;*.json. An include that names a directory of the default excludes
     * (cdk.out/*.template.json) lints it: the include wins, and the log says so.
     */
    @Parameter(property = "lambda-lint.includes")
    private List<String> includes;

    /**
     * Globs, relative to the module directory, of files and directories not to lint,
     * beside the default excludes. Sub-module directories are always left to their own build.
     */
    @Parameter(property = "lambda-lint.excludes")
    private List<String> excludes;

    /**
     * Whether the default excludes apply: target/**, **&#47;.aws-sam/**, **&#47;node_modules/** and
     * **&#47;cdk.out/** (build output and dependencies, which hold copies of templates). The log says
     * which of them kept directories out of the scan.
     */
    @Parameter(property = "lambda-lint.useDefaultExcludes", defaultValue = "true")
    private boolean useDefaultExcludes;

    /**
     * The region the templates are deployed to (AWS::Region), such as eu-west-1. When not given:
     * region of the configuration file, else the samconfig.toml or samconfig.yaml beside each
     * template, else the AWS_REGION and AWS_DEFAULT_REGION environment variables, else unknown.
     */
    @Parameter(property = "lambda-lint.region")
    private String region;

    /**
     * Template parameter values, one element per parameter, named after it, holding its value; a
     * list parameter takes its values separated by commas. A parameter without a value here (or in
     * parameterValues or the configuration file) stays unknown: its Default is never assumed,
     * because deployments override it.
     */
    @Parameter
    private Map<String, String> parameters;

    /**
     * More template parameter values, as Name=value pairs separated by semicolons; they win over
     * parameters. Meant for the command line, as in
     * -Dlambda-lint.parameters=Stage=prod;PrivateSubnets=subnet-1,subnet-2
     */
    @Parameter(property = "lambda-lint.parameters")
    private String parameterValues;

    /**
     * Template parameter values from a file, in any shape deploy tools keep them: CloudFormation's
     * [{"ParameterKey": ..., "ParameterValue": ...}], CodePipeline's {"Parameters": {...}}, a JSON list
     * of "Key=Value" strings or SAM's Key=Value text (as lambda-lint --parameters-file). parameters and
     * parameterValues win over it; it wins over the configuration file, samconfig files and CDK manifests.
     */
    @Parameter(property = "lambda-lint.parametersFile")
    private File parametersFile;

    /**
     * The stack name (AWS::StackName) of the module's one template (as lambda-lint --stack-name). When
     * the module has several templates it is an error: name their stacks in the configuration file's
     * stacks: list. When not given: the configuration's stacks entry, else stack_name of the samconfig
     * file beside the template, else the CDK manifest.
     */
    @Parameter(property = "lambda-lint.stackName")
    private String stackName;

    /**
     * The environment of the samconfig.toml or samconfig.yaml files to read, as SAM CLI's --config-env
     * (lambda-lint --config-env). Default: default.
     */
    @Parameter(property = "lambda-lint.configEnv")
    private String configEnv;

    /**
     * The lambda-lint configuration file; by default .lambda-lint.yml in the module directory, when
     * it exists. Values given to the plugin (region, parameters, failOn) win over the file's.
     */
    @Parameter(property = "lambda-lint.configFile")
    private File configFile;

    /**
     * The lowest level of finding that fails the build: error, warning, note or never. When not
     * given: failOn of the configuration file, else error. Findings that fail the build are logged
     * as [ERROR], the others as [WARNING] (notes as [INFO]).
     */
    @Parameter(property = "lambda-lint.failOn")
    private String failOn;

    /**
     * A folder of AWS CLI JSON output describing the account the templates deploy into
     * ({@code docs/snapshot.md}). Default: {@code awsSnapshot} of the configuration file.
     */
    @Parameter(property = "lambda-lint.awsSnapshot")
    private File awsSnapshot;

    /**
     * A baseline file written by writeBaselineFile or lambda-lint --write-baseline: only findings
     * that are not in it fail the build.
     */
    @Parameter(property = "lambda-lint.baselineFile")
    private File baselineFile;

    /**
     * Records the current findings as a baseline in this file, and does not fail the build on
     * them; later builds pass the file as baselineFile.
     */
    @Parameter(property = "lambda-lint.writeBaselineFile")
    private File writeBaselineFile;

    /** The SARIF report, written on every run (also with no findings or no templates). */
    @Parameter(property = "lambda-lint.sarifFile", defaultValue = "${project.build.directory}/lambda-lint.sarif")
    private File sarifFile;

    /**
     * The category of the module's SARIF run (automationDetails.id), which GitHub code scanning
     * needs to tell the runs of one commit apart; by default lambda-lint/ and the artifactId.
     */
    @Parameter(property = "lambda-lint.sarifCategory", defaultValue = "lambda-lint/${project.artifactId}")
    private String sarifCategory;

    /** Skips the check (-Dlambda-lint.skip). */
    @Parameter(property = "lambda-lint.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${project.modules}", readonly = true)
    private List<String> modules;

    /** Where mvn runs; log paths are relative to it, so they stay clickable in a multi-module build. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("lambda-lint is skipped (lambda-lint.skip)");
            return;
        }
        Optional<FailOn> givenFailOn = failOn == null || failOn.isBlank()
                ? Optional.empty() : Optional.of(FailOnParameter.parse(failOn));
        Path base = basedir.toPath().toAbsolutePath().normalize();
        LintEngine engine = engine();
        LintRequest.Builder request = request(base, givenFailOn);

        TemplateScanner scanner = new TemplateScanner(includes, excludes, useDefaultExcludes);
        TemplateScanner.Scan scan;
        try {
            scan = scanner.scan(base, moduleDirectories(base));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("lambda-lint cannot search " + base + " for templates: " + e, e);
        }
        scan.unreadableDirectories().forEach(d -> getLog().warn("lambda-lint cannot list " + display(base, d)));
        scanner.waivers().forEach(w -> getLog().info("lambda-lint: the default exclude " + w.defaultExclude()
                + " does not apply: the include " + w.include() + " names its directory"));
        logDefaultExcludes(base, scan);

        if (stackName != null && !stackName.isBlank() && scan.templates().size() > 1) {
            throw new MojoExecutionException("lambda-lint: stackName (property lambda-lint.stackName) names the stack "
                    + "of one template, but " + scan.templates().size() + " templates were found in " + base
                    + "; name the stacks of several templates in the configuration file's stacks: list");
        }
        // Scanned files are linted like files found in a directory walk: non-templates are skipped.
        LintResult result = lint(engine, request.discoveredFiles(scan.templates()).build());
        writeSarif(result, base);

        if (scan.templates().isEmpty()) {
            getLog().info("No CloudFormation/SAM templates found in " + base);
            return;
        }
        new FindingLogger(getLog(), file -> shownFromRoot(base, file)).log(result);
        String sarif = display(base, sarifFile.toPath());
        getLog().info(FindingLogger.summary(result, sarif));
        failOnErrors(result);
        if (writeBaselineFile != null) {
            writeBaseline(result);
            return;
        }
        long failing = result.failingCount();
        if (failing > 0) {
            throw new MojoFailureException("lambda-lint found " + failing + " problem" + (failing == 1 ? "" : "s")
                    + " at or above " + result.failOn().label() + " (failOn) in " + base + "; see the log above and "
                    + sarifFile);
        }
    }

    /**
     * Which default excludes kept directories out, so a template that is not linted can be found.
     * The module's own build output is always there, so {@code target} alone is said only with -X.
     */
    private void logDefaultExcludes(Path base, TemplateScanner.Scan scan) {
        scan.skippedByDefaultExcludes().forEach((exclude, directories) -> {
            String line = "lambda-lint: default exclude " + exclude + " skipped "
                    + String.join(", ", directories.stream().limit(5).map(d -> shownFromRoot(base, d)).toList())
                    + (directories.size() > 5 ? " and " + (directories.size() - 5) + " more" : "")
                    + " (an include naming the directory, or useDefaultExcludes=false, lints it)";
            if (directories.equals(List.of("target"))) {
                getLog().debug(line);
            } else {
                getLog().info(line);
            }
        });
    }

    private LintEngine engine() throws MojoExecutionException {
        try {
            // The plugin's own class loader: ServiceLoader finds the rules in Maven's plugin realm.
            return LintEngine.withInstalledRules(getClass().getClassLoader());
        } catch (RuntimeException | ServiceConfigurationError e) {
            throw new MojoExecutionException(BUG + e, e);
        }
    }

    /** What was given to the plugin; the engine weighs it against the configuration file as for the command line. */
    private LintRequest.Builder request(Path base, Optional<FailOn> givenFailOn) throws MojoExecutionException {
        Optional<Path> config = Optional.ofNullable(configFile).map(File::toPath);
        if (config.isPresent() && !Files.isRegularFile(config.get())) {
            throw new MojoExecutionException("The lambda-lint configuration file " + config.get()
                    + " (parameter configFile, property lambda-lint.configFile) does not exist or is not a file.");
        }
        Optional<Baseline> baseline;
        try {
            baseline = baselineFile == null ? Optional.empty() : Optional.of(BaselineFile.read(baselineFile.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        }
        return LintRequest.builder(base)
                .configFile(config)
                .region(Optional.ofNullable(region))
                .parameters(TemplateParameters.merge(parameters, parameterValues))
                .parametersFile(Optional.ofNullable(parametersFile).map(File::toPath))
                .stackName(Optional.ofNullable(stackName))
                .samEnvironment(Optional.ofNullable(configEnv))
                .failOn(givenFailOn)
                .baseline(baseline)
                .environment(System.getenv())
                .awsSnapshot(Optional.ofNullable(awsSnapshot).map(File::toPath));
    }

    private LintResult lint(LintEngine engine, LintRequest request) throws MojoExecutionException {
        try {
            return engine.lint(request);
        } catch (InvalidConfigException e) {
            e.problems().forEach(getLog()::error);
            // e.file() is a path for a file's mistakes, and a phrase ("the region given to lambda-lint") otherwise
            throw new MojoExecutionException("The lambda-lint " + e.what() + " has " + e.problems().size()
                    + " mistake" + (e.problems().size() == 1 ? "" : "s") + " (" + e.file() + "); see the log above.");
        } catch (IOException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(BUG + e, e);
        }
    }

    private void writeBaseline(LintResult result) throws MojoExecutionException {
        try {
            BaselineFile.write(writeBaselineFile.toPath(), result);
        } catch (IOException e) {
            throw new MojoExecutionException("lambda-lint cannot write the baseline " + writeBaselineFile + ": " + e, e);
        }
        getLog().info("lambda-lint: wrote the baseline " + writeBaselineFile + " with "
                + result.findings().stream().filter(f -> !f.isSuppressed()).count() + " findings");
    }

    /**
     * Paths relative to the repository root (the nearest .git above the module), so code scanning
     * resolves every module's results; each module's run is a category of its own.
     */
    private void writeSarif(LintResult result, Path base) throws MojoExecutionException {
        Reporter reporter = new SarifReporter(ToolInfo.current(), RuleDocs::markdown,
                Optional.ofNullable(sarifCategory).filter(c -> !c.isBlank()), Optional.of(SourceRoot.find(base,
                        List.of(base))));
        try {
            AtomicFile.write(sarifFile.toPath(), out -> reporter.write(result, out));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("lambda-lint cannot write the SARIF report " + sarifFile + ": " + e, e);
        }
    }

    private static void failOnErrors(LintResult result) throws MojoExecutionException {
        if (!result.crashes().isEmpty()) {
            LintCrash first = result.crashes().get(0);
            String where = result.crashes().stream()
                    .map(e -> e.file() + " (" + e.stage() + "): " + e.cause())
                    .collect(Collectors.joining("; "));
            throw new MojoExecutionException(BUG + where, first.cause());
        }
        if (!result.fileErrors().isEmpty()) {
            throw new MojoExecutionException("lambda-lint cannot read " + result.fileErrors().stream()
                    .map(e -> e.file() + ": " + e.message()).collect(Collectors.joining("; ")));
        }
    }

    /** Sub-module directories: their templates belong to their own build. */
    private List<Path> moduleDirectories(Path base) {
        List<Path> directories = new ArrayList<>();
        if (modules != null) {
            for (String module : modules) {
                Path path = base.resolve(module).normalize();
                directories.add(Files.isRegularFile(path) ? path.getParent() : path);
            }
        }
        return directories;
    }

    /** A path relative to the module as seen from where mvn runs (itself, in a one-module build). */
    private String shownFromRoot(Path base, String path) {
        Path root = executionRoot == null ? base : executionRoot.toPath().toAbsolutePath().normalize();
        Path absolute = base.resolve(path).normalize();
        return absolute.startsWith(root) ? TemplateScanner.relative(root, absolute) : absolute.toString();
    }

    private static String display(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? TemplateScanner.relative(base, absolute) : absolute.toString();
    }
}
