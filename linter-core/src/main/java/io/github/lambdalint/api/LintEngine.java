package io.github.lambdalint.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.lambdalint.build.StackNetworks;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.StackSet;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;

/**
 * The one entry point the CLI and the Maven plugin use: lint the files of a request with the
 * installed rules. Files are linted in parallel; the result is sorted, so output does not
 * depend on scheduling.
 */
public final class LintEngine {

    /** The engine's own findings: reading a template, and suppressions. */
    private static final List<RuleInfo> ENGINE_RULES = List.of(TemplateNotReadable.INFO, UnjustifiedOrUnusedSuppression.INFO,
            DuplicateKey.INFO, PreprocessorDirective.INFO);

    private final List<Rule> rules;

    public LintEngine(List<Rule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
        Map<String, Rule> byId = new HashMap<>();
        for (Rule rule : this.rules) {
            Rule previous = byId.put(rule.info().id(), rule);
            if (previous != null || ENGINE_RULES.stream().anyMatch(e -> e.id().equals(rule.info().id()))) {
                throw new IllegalStateException("two rules claim the id " + rule.info().id());
            }
        }
    }

    /** The rules registered through {@code META-INF/services} on the class path. */
    public static LintEngine withInstalledRules() {
        return withInstalledRules(LintEngine.class.getClassLoader());
    }

    public static LintEngine withInstalledRules(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return new LintEngine(found);
    }

    /** LL000 to LL003 (the engine's own), then every rule in id order. */
    public List<RuleInfo> rules() {
        List<RuleInfo> infos = new ArrayList<>(ENGINE_RULES);
        rules.forEach(r -> infos.add(r.info()));
        return infos;
    }

    /**
     * The files a request reads — named, found by walks and globs, or discovered — found once and
     * not yet read. A front end that must look at them first (to refuse writing its report over
     * one) passes them on to {@link #lint(LintRequest, Inputs)}, so the run lints exactly what was
     * looked at and never searches the file system twice.
     */
    public Inputs inputs(LintRequest request) {
        List<FileError> errors = new ArrayList<>();
        List<TemplateFiles.Candidate> candidates = new ArrayList<>();
        request.standardInput().ifPresent(bytes ->
                candidates.add(TemplateFiles.Candidate.standardInput(request.baseDirectory(), bytes)));
        candidates.addAll(TemplateFiles.expand(request.paths(), request.discoveredFiles(),
                request.excludes().stream().map(FileGlob::of).toList(), errors,
                new PathDisplay(request.baseDirectory())));
        return new Inputs(candidates, errors);
    }

    /** What {@link #inputs} found: the files to lint, and the paths that named nothing readable. */
    public static final class Inputs {

        private final List<TemplateFiles.Candidate> candidates;
        private final List<FileError> errors;

        private Inputs(List<TemplateFiles.Candidate> candidates, List<FileError> errors) {
            this.candidates = List.copyOf(candidates);
            this.errors = List.copyOf(errors);
        }

        /** The files on disk the run reads (not standard input), as the request names them. */
        public List<Path> files() {
            return candidates.stream().filter(candidate -> candidate.content().isEmpty())
                    .map(TemplateFiles.Candidate::path).toList();
        }
    }

    /**
     * Reads the configuration, lints every file and marks findings against the baseline. A file
     * that cannot be read or a bug met on one file is part of the result, never an exception.
     *
     * @throws InvalidConfigException when the configuration file has mistakes: nothing is linted
     * @throws IOException            when the configuration file cannot be read
     */
    public LintResult lint(LintRequest request) throws IOException, InvalidConfigException {
        return lint(request, inputs(request));
    }

    /**
     * Lints the files {@link #inputs} found for this request, without searching for them again.
     *
     * @throws InvalidConfigException when the configuration file has mistakes: nothing is linted
     * @throws IOException            when the configuration file cannot be read
     */
    public LintResult lint(LintRequest request, Inputs inputs) throws IOException, InvalidConfigException {
        RunSettings settings = RunSettings.of(request, rules().stream().map(RuleInfo::id).collect(Collectors.toSet()));
        PathDisplay display = new PathDisplay(request.baseDirectory());
        List<FileError> fileErrors = new ArrayList<>(inputs.errors);
        List<TemplateFiles.Candidate> candidates = new ArrayList<>(inputs.candidates);
        Suppressions suppressions = new Suppressions(settings.config().suppressions(), settings.config().file(),
                settings.config().ruleLevels());
        FileLinter linter = new FileLinter(rules, request.limits(), settings, display, suppressions);
        // A run is a set of stacks: every template is parsed before any is modelled, so each sees the others' exports.
        List<FileLinter.Read> reads = new ArrayList<>(candidates.parallelStream().map(linter::read).toList());
        List<NestedStacks.Parent> parsed = readNestedTemplates(reads, candidates, linter);
        refuseUnknownRegions(parsed);
        StackSet stacks = new StackSet(NestedStacks.stacks(parsed), settings.deployedStacks());
        StackNetworks networks = new StackNetworks(stacks, settings.network());
        List<FileLinter.Outcome> outcomes = reads.parallelStream()
                .map(r -> r instanceof FileLinter.Read.Parsed p ? linter.check(p, networks)
                        : ((FileLinter.Read.Done) r).outcome())
                .toList();

        List<Finding> findings = new ArrayList<>();
        List<LintCrash> crashes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int linted = 0;
        Set<String> declared = new TreeSet<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            FileLinter.Outcome outcome = outcomes.get(i);
            declared.addAll(outcome.declaredParameters());
            warnings.addAll(outcome.warnings());
            findings.addAll(outcome.findings());
            outcome.error().ifPresent(fileErrors::add);
            crashes.addAll(outcome.crashes());
            if (outcome.linted()) {
                linted++;
            }
            if (outcome.skipped()) {
                skipped.add(display.of(candidates.get(i).path())); // nested templates read later are never skipped
            }
        }
        findings.addAll(suppressions.unusedConfigured());
        List<Finding> distinct = Occurrences.distinguish(findings);
        List<Finding> marked = request.baseline().map(b -> b.mark(distinct)).orElse(distinct);
        warnings.addAll(undeclaredParameters(request, settings, linted, declared));
        return new LintResult(marked, fileErrors, crashes, linted, skipped, rules(), settings.failOn(),
                List.copyOf(warnings), settings.snapshotSkips());
    }

    /**
     * A region that is no AWS Region stops the run wherever it comes from (samconfig, {@code AWS_REGION}, a
     * CDK manifest, the plugin's parameter), as {@code --region} and the configuration's {@code region} do.
     */
    private static void refuseUnknownRegions(List<NestedStacks.Parent> parsed) throws InvalidConfigException {
        List<Deployment.Fact> unknown = parsed.stream().flatMap(p -> p.template().deployment().regionFact().stream())
                .distinct().filter(region -> DeploymentPrecedence.unknownRegion(region).isPresent()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidConfigException(unknown.get(0).source(), "deploy region", unknown.stream()
                    .flatMap(region -> DeploymentPrecedence.unknownRegion(region).stream()).toList());
        }
    }

    /**
     * A value the caller gave (option, POM, parameters file) for a parameter that no linted
     * template declares is most likely a typo, and would silently change nothing. Values from the
     * configuration's {@code parameters} may be meant for other templates, so they are not checked;
     * sources of one template (samconfig, {@code stacks:}, CDK) are checked against that template.
     */
    private static List<String> undeclaredParameters(LintRequest request, RunSettings settings, int linted,
                                                     Set<String> declared) {
        if (linted == 0) {
            return List.of();
        }
        Map<String, String> sources = new TreeMap<>();
        settings.fileParameters().keySet().forEach(name -> sources.put(name, settings.parametersFile().orElseThrow()));
        request.parameters().keySet().forEach(name -> sources.put(name, ""));
        String theyDeclare = declared.isEmpty() ? " (they declare no parameters)"
                : " (they declare " + String.join(", ", declared) + ")";
        return sources.entrySet().stream().filter(e -> !declared.contains(e.getKey()))
                .map(e -> "parameter " + e.getKey() + " was given a value"
                        + (e.getValue().isEmpty() ? "" : " in " + e.getValue())
                        + ", but no linted template declares it" + theyDeclare)
                .toList();
    }

    /**
     * Adds the local templates of nested stacks that the run did not name (a child of a child too),
     * each read once: a template that nests itself ends the search.
     *
     * @return every parsed template of the run with its nested stacks
     */
    private static List<NestedStacks.Parent> readNestedTemplates(List<FileLinter.Read> reads,
                                                                 List<TemplateFiles.Candidate> candidates,
                                                                 FileLinter linter) {
        List<NestedStacks.Parent> parents = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        candidates.forEach(c -> seen.add(c.path().toAbsolutePath().normalize()));
        for (int i = 0; i < reads.size(); i++) {
            if (!(reads.get(i) instanceof FileLinter.Read.Parsed parent)) {
                continue;
            }
            List<NestedStacks.Child> children = NestedStacks.of(parent);
            parents.add(new NestedStacks.Parent(parent, children));
            for (NestedStacks.Child child : children) {
                // a path that names no file leaves the child's outputs unknown; `aws cloudformation package` would fail on it
                if (Files.isRegularFile(child.template()) && seen.add(child.template())) {
                    candidates.add(new TemplateFiles.Candidate(child.template(), true));
                    reads.add(linter.read(new TemplateFiles.Candidate(child.template(), true)));
                }
            }
        }
        return parents;
    }
}
