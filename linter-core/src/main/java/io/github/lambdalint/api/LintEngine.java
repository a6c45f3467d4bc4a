package io.github.lambdalint.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.lambdalint.finding.Finding;
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
     * The files a request would read — named, found by walks and globs, or discovered — without
     * reading them, so a front end can refuse to write its report over one of them.
     */
    public List<Path> inputFiles(LintRequest request) {
        return candidates(request, new ArrayList<>(), new PathDisplay(request.baseDirectory())).stream()
                .filter(candidate -> candidate.content().isEmpty()).map(TemplateFiles.Candidate::path).toList();
    }

    private static List<TemplateFiles.Candidate> candidates(LintRequest request, List<FileError> errors,
                                                            PathDisplay display) {
        List<TemplateFiles.Candidate> candidates = new ArrayList<>();
        request.standardInput().ifPresent(bytes ->
                candidates.add(TemplateFiles.Candidate.standardInput(request.baseDirectory(), bytes)));
        candidates.addAll(TemplateFiles.expand(request.paths(), request.discoveredFiles(),
                request.excludes().stream().map(FileGlob::of).toList(), errors, display));
        return candidates;
    }

    /**
     * Reads the configuration, lints every file and marks findings against the baseline. A file
     * that cannot be read or a bug met on one file is part of the result, never an exception.
     *
     * @throws InvalidConfigException when the configuration file has mistakes: nothing is linted
     * @throws IOException            when the configuration file cannot be read
     */
    public LintResult lint(LintRequest request) throws IOException, InvalidConfigException {
        RunSettings settings = RunSettings.of(request, rules().stream().map(RuleInfo::id).collect(Collectors.toSet()));
        PathDisplay display = new PathDisplay(request.baseDirectory());
        List<FileError> fileErrors = new ArrayList<>();
        List<TemplateFiles.Candidate> candidates = candidates(request, fileErrors, display);
        Suppressions suppressions = new Suppressions(settings.config().suppressions(), settings.config().file(),
                settings.config().ruleLevels());
        FileLinter linter = new FileLinter(rules, request.limits(), settings, display, suppressions);
        List<FileLinter.Outcome> outcomes = candidates.parallelStream().map(linter::lint).toList();

        List<Finding> findings = new ArrayList<>();
        List<LintCrash> crashes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int linted = 0;
        Set<String> declared = new TreeSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            FileLinter.Outcome outcome = outcomes.get(i);
            declared.addAll(outcome.declaredParameters());
            findings.addAll(outcome.findings());
            outcome.error().ifPresent(fileErrors::add);
            crashes.addAll(outcome.crashes());
            if (outcome.linted()) {
                linted++;
            }
            if (outcome.skipped()) {
                skipped.add(display.of(candidates.get(i).path()));
            }
        }
        findings.addAll(suppressions.unusedConfigured());
        List<Finding> distinct = Occurrences.distinguish(findings);
        List<Finding> marked = request.baseline().map(b -> b.mark(distinct)).orElse(distinct);
        return new LintResult(marked, fileErrors, crashes, linted, skipped, rules(), settings.failOn(),
                undeclaredParameters(request, linted, declared), settings.snapshotSkips());
    }

    /**
     * A value the caller gave for a parameter that no linted template declares is most likely a
     * typo, and would silently change nothing. (Values from the configuration file may be meant
     * for other templates, so only the caller's own are checked.)
     */
    private static List<String> undeclaredParameters(LintRequest request, int linted, Set<String> declared) {
        if (linted == 0) {
            return List.of();
        }
        return request.parameters().keySet().stream().sorted().filter(name -> !declared.contains(name))
                .map(name -> "parameter " + name + " was given a value, but no linted template declares it"
                        + (declared.isEmpty() ? " (they declare no parameters)"
                                : " (they declare " + String.join(", ", declared) + ")"))
                .toList();
    }
}
