package io.github.lambdalint.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.lambdalint.build.ModelBuilder;
import io.github.lambdalint.build.StackNetworks;
import io.github.lambdalint.config.SamConfig;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.ParseLimits;
import io.github.lambdalint.parse.ParseProblem;
import io.github.lambdalint.parse.ParseResult;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.TemplateParser;
import io.github.lambdalint.parse.TemplateReader;
import io.github.lambdalint.parse.Template;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.StackSet;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;

/**
 * Lints one file in two steps — read and parse it, then, with every template of the run parsed,
 * model it and run every rule — and turns everything it meets into a result.
 */
final class FileLinter {

    /**
     * What became of one file.
     *
     * @param warnings mistakes in the deployment facts of this template's own sources (a samconfig value for a
     *                 parameter the template does not declare), in words
     */
    record Outcome(List<Finding> findings, Optional<FileError> error, List<LintCrash> crashes,
                   boolean linted, boolean skipped, Set<String> declaredParameters, List<String> warnings) {

        Outcome(List<Finding> findings, Optional<FileError> error, List<LintCrash> crashes, boolean linted,
                boolean skipped) {
            this(findings, error, crashes, linted, skipped, Set.of(), List.of());
        }
    }

    /** Text that marks a broken file found by a directory walk as meant to be a template. */
    private static final Pattern TEMPLATE_MARKERS =
            Pattern.compile("AWSTemplateFormatVersion|AWS::Serverless-2016-10-31|\\bType\\W+AWS::");

    /** How much of a broken file found by a walk is searched for {@link #TEMPLATE_MARKERS}. */
    private static final int MARKER_WINDOW = 1 << 20;

    /** Longest message a finding carries; longer ones are cut (see {@link #shorten}). */
    static final int MAX_MESSAGE_LENGTH = 1000;

    private final List<Rule> rules;
    private final ParseLimits limits;
    private final RunSettings settings;
    private final PathDisplay display;
    private final Suppressions suppressions;

    FileLinter(List<Rule> rules, ParseLimits limits, RunSettings settings, PathDisplay display,
               Suppressions suppressions) {
        this.rules = rules;
        this.limits = limits;
        this.settings = settings;
        this.display = display;
        this.suppressions = suppressions;
    }

    /**
     * The first step with one file: read and parse it. A file that is no template to lint ends
     * here with its outcome; a template waits for the others of the run ({@link #check}).
     */
    sealed interface Read {
        record Done(Outcome outcome) implements Read {
        }

        /**
         * @param warnings mistakes in the deployment facts of this template's own sources, in words
         */
        record Parsed(Path path, String file, Template template, Deployment deployment, List<Finding> findings,
                      List<String> warnings) implements Read {
            public Parsed {
                findings = List.copyOf(findings);
                warnings = List.copyOf(warnings);
            }
        }
    }

    Read read(TemplateFiles.Candidate candidate) {
        String file = candidate.content().isPresent() ? LintRequest.STANDARD_INPUT : display.of(candidate.path());
        byte[] bytes;
        try {
            long size = candidate.content().isPresent() ? candidate.content().get().length
                    : Files.size(candidate.path());
            if (size > limits.maxBytes()) {
                // Only its beginning is read: enough to tell a walked-into template from other data.
                // Standard input is read only up to one byte past the limit: its whole size is unknown.
                String has = candidate.content().isPresent() ? "more than " + limits.maxBytes() + " bytes, the limit"
                        : size + " bytes, more than the limit of " + limits.maxBytes();
                return new Read.Done(notReadable(file, List.of(new ParseProblem("the file has " + has,
                        Position.START)), candidate, candidate.named() ? null : beginning(candidate.path())));
            }
            bytes = candidate.content().isPresent() ? candidate.content().get() : Files.readAllBytes(candidate.path());
        } catch (IOException | SecurityException e) {
            return new Read.Done(new Outcome(List.of(), Optional.of(new FileError(file, "cannot read: " + describe(e))),
                    List.of(), false, false));
        }
        try {
            return parse(file, bytes, candidate);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            // A bug met on this file stays with this file: the others are still linted and reported.
            return new Read.Done(new Outcome(List.of(), Optional.empty(), List.of(new LintCrash(file, "reading", e)),
                    false, false));
        }
    }

    private Read parse(String file, byte[] bytes, TemplateFiles.Candidate candidate) {
        ParseResult parsed = new TemplateParser(limits).parse(bytes);
        List<Finding> findings = new ArrayList<>();
        if (parsed.root().isEmpty()) {
            if (parsed.problems().isEmpty()) {
                return new Read.Done(candidate.named()
                        ? notReadable(file, List.of(new ParseProblem("the file is empty", Position.START)), candidate,
                                bytes)
                        : skipped());
            }
            return new Read.Done(notReadable(file, parsed.problems(), candidate, bytes));
        }
        parsed.problems().forEach(p -> addParseFinding(findings, file, p));
        TemplateReader.Outcome read = new TemplateReader(limits).read(parsed.root().get());
        if (read instanceof TemplateReader.Outcome.NotATemplate notATemplate) {
            if (candidate.inCloudAssembly() && parsed.root().get() instanceof MapNode) {
                // A stack of a cloud assembly with no resources (CDK's integ-test assertion stacks, a stack
                // emptied by configuration), which the CDK CLI does not deploy (aws/aws-cdk#3144): a template
                // with nothing to lint.
                return new Read.Done(new Outcome(findings, Optional.empty(), List.of(), true, false));
            }
            if (!candidate.named()) {
                return new Read.Done(skipped());
            }
            addParseFinding(findings, file, new ParseProblem("not a CloudFormation or SAM template: "
                    + notATemplate.reason(), notATemplate.position()));
            return new Read.Done(new Outcome(findings, Optional.empty(), List.of(), true, false));
        }
        TemplateReader.Outcome.Read template = (TemplateReader.Outcome.Read) read;
        template.problems().forEach(p -> addParseFinding(findings, file, p));
        // The facts are needed before any template is modelled: other templates' exports are named with them.
        Set<String> declared = template.template().parameters().keySet();
        DeploymentPrecedence.TemplateFacts facts =
                settings.deployments().forTemplate(candidate.path(), candidate.assembly(),
                        problem -> reportUnreadable(problem, findings));
        List<String> warnings = new ArrayList<>(facts.warnings());
        facts.ownSources().parameterFacts().forEach((name, fact) -> {
            if (!declared.contains(name)) {
                warnings.add(fact.source() + " gives a value for parameter " + name + ", which " + file
                        + " does not declare");
            }
        });
        return new Read.Parsed(candidate.path(), file, template.template(), facts.deployment(), findings, warnings);
    }

    /**
     * The second step: model one template of the run, with every template of the run in view
     * (their exports and outputs, and their networks, built once a run), and run every rule on it.
     */
    Outcome check(Read.Parsed template, StackNetworks run) {
        try {
            return checkParsed(template, run);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            return new Outcome(template.findings(), Optional.empty(),
                    List.of(new LintCrash(template.file(), "checking", e)), true, false);
        }
    }

    private Outcome checkParsed(Read.Parsed template, StackNetworks run) {
        StackSet stacks = run.stacks();
        String file = template.file();
        List<Finding> findings = new ArrayList<>(template.findings());
        List<LintCrash> crashes = new ArrayList<>();
        Set<String> declared = template.template().parameters().keySet();
        // A nested stack is deployed with what its parent passes, not with the sources beside it: their
        // values for parameters it does not declare are no mistake of its own.
        boolean deployedByParent = stacks.stack(file).filter(s -> !s.deployment().equals(template.deployment()))
                .isPresent();
        List<String> warnings = deployedByParent ? List.of() : template.warnings();
        TemplateModel model;
        try {
            model = new ModelBuilder(run, file).build();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            crashes.add(new LintCrash(file, "building the model", e));
            return new Outcome(findings, Optional.empty(), crashes, true, false, declared, warnings);
        }
        for (Rule rule : rules) {
            if (settings.config().ruleLevels().isOff(rule.info().id())) {
                continue;
            }
            try {
                Level level = settings.config().ruleLevels().levelOf(rule.info());
                rule.check(model, violation -> findings.add(toFinding(file, rule, level, violation)));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
                crashes.add(new LintCrash(file, "rule " + rule.info().id(), e));
            }
        }
        ConstructPaths constructPaths = new ConstructPaths(template.template());
        findings.replaceAll(f -> f.withConstructPath(constructPaths.of(f.resource())));
        List<Finding> reported = findings;
        try {
            reported = suppressions.apply(file, template.template(), findings);
        } catch (RuntimeException | StackOverflowError e) {
            crashes.add(new LintCrash(file, "applying suppressions", e));
        }
        return new Outcome(reported, Optional.empty(), crashes, true, false, declared, warnings);
    }

    /** Reports a samconfig file beside a template that cannot be read. */
    private void reportUnreadable(SamConfig.Problem problem, List<Finding> findings) {
        if (!settings.config().ruleLevels().isOff(TemplateNotReadable.INFO.id())) {
            findings.add(samConfigFinding(problem));
        }
    }

    private Outcome notReadable(String file, List<ParseProblem> problems, TemplateFiles.Candidate candidate,
                                byte[] bytes) {
        if (!candidate.named() && (bytes == null || !looksLikeTemplate(bytes))) {
            return skipped();
        }
        List<Finding> findings = new ArrayList<>();
        problems.forEach(p -> addParseFinding(findings, file, p));
        return new Outcome(findings, Optional.empty(), List.of(), true, false);
    }

    private static boolean looksLikeTemplate(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, MARKER_WINDOW),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return TEMPLATE_MARKERS.matcher(text).find();
    }

    private static byte[] beginning(java.nio.file.Path path) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(MARKER_WINDOW);
        }
    }

    private static Outcome skipped() {
        return new Outcome(List.of(), Optional.empty(), List.of(), false, true);
    }

    private Finding samConfigFinding(SamConfig.Problem problem) {
        String file = display.of(problem.file());
        String message = problem.file().getFileName() + " " + problem.message()
                + "; nothing is taken from it (give the stack name, region and parameters with the options or in"
                + " the configuration)";
        String id = TemplateNotReadable.INFO.id();
        return new Finding(id, Level.WARNING, message, new Location(file, problem.position()), Optional.empty(),
                List.of(), Optional.empty(), Fingerprints.of(id, file, "", message));
    }

    private void addParseFinding(List<Finding> findings, String file, ParseProblem problem) {
        RuleInfo info = switch (problem.kind()) {
            case UNREADABLE -> TemplateNotReadable.INFO;
            case DUPLICATE_KEY -> DuplicateKey.INFO;
            case PREPROCESSOR_DIRECTIVE -> PreprocessorDirective.INFO;
        };
        if (problem.kind() != ParseProblem.Kind.UNREADABLE && settings.config().ruleLevels().isOff(info.id())) {
            return;
        }
        Level level = settings.config().ruleLevels().levelOf(info);
        List<RelatedLocation> evidence = problem.related().stream()
                .map(r -> new RelatedLocation(r.description(), new Location(file, r.position())))
                .toList();
        findings.add(new Finding(info.id(), level, problem.message(), new Location(file, problem.position()),
                Optional.empty(), evidence, Optional.empty(), Fingerprints.of(info.id(), file, "", problem.message())));
    }

    private static Finding toFinding(String file, Rule rule, Level level, Violation violation) {
        String id = rule.info().id();
        // A fact shared by several links of a chain (one route table behind two subnets) is shown once.
        List<RelatedLocation> evidence = violation.evidence().stream()
                .map(e -> new RelatedLocation(shorten(e.description()),
                        new Location(e.file().orElse(file), e.position())))
                .distinct()
                .toList();
        String message = shorten(violation.message());
        return new Finding(id, violation.uncertain() ? Level.NOTE : level, message,
                new Location(file, violation.at()), violation.resource(), evidence, Optional.empty(),
                Fingerprints.of(id, file, violation.resource().orElse(""), message));
    }

    /**
     * Rule messages quote template text (logical ids, values), which a hostile template can make
     * a megabyte long; a message stays a readable line.
     */
    static String shorten(String message) {
        if (message.length() <= MAX_MESSAGE_LENGTH) {
            return message;
        }
        int end = MAX_MESSAGE_LENGTH;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "…";
    }

    private static String describe(Exception e) {
        if (e instanceof IOException io) {
            return IoErrors.describe(io);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
