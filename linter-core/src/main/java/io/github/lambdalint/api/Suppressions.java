package io.github.lambdalint.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.config.ConfigSuppression;
import io.github.lambdalint.config.RuleLevels;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.Suppression;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.Template;

/**
 * Marks findings that the user accepted, in the template or in the configuration. A suppressed
 * finding is never dropped: reports show it as suppressed (SARIF {@code suppressions}) and it
 * does not fail the run. Suppressions without a reason and suppressions that match nothing are
 * reported as LL001 notes.
 */
final class Suppressions {

    private final List<ConfigSuppression> configured;
    private final String configFile;
    private final RuleLevels levels;
    private final Set<ConfigSuppression> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Each configured file glob, compiled once for the whole run. */
    private final java.util.Map<ConfigSuppression, FileGlob> globs = new java.util.HashMap<>();
    /** Each configured resource that is a construct-path glob ({@code AppStack/Worker*}), compiled once. */
    private final java.util.Map<ConfigSuppression, FileGlob> constructGlobs = new java.util.HashMap<>();

    Suppressions(List<ConfigSuppression> configured, String configFile, RuleLevels levels) {
        this.configured = List.copyOf(configured);
        this.configFile = configFile;
        this.levels = levels;
        for (ConfigSuppression suppression : this.configured) {
            suppression.fileGlob().ifPresent(glob ->
                    globs.put(suppression, FileGlob.of(glob)));
            suppression.resource().filter(r -> r.contains("/"))
                    .ifPresent(glob -> constructGlobs.put(suppression, FileGlob.of(glob)));
        }
    }

    /** Applies the template's own and the configured suppressions to one file's findings. */
    List<Finding> apply(String file, Template template, List<Finding> findings) {
        List<TemplateSuppression> inTemplate = TemplateSuppression.of(template);
        Set<TemplateSuppression> usedInTemplate = new HashSet<>();
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            Finding marked = finding;
            for (TemplateSuppression suppression : inTemplate) {
                if (suppression.rule().equals(finding.ruleId())
                        && (suppression.resource().isEmpty() || suppression.resource().equals(finding.resource()))) {
                    usedInTemplate.add(suppression);
                    marked = marked.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE,
                            suppression.reason().orElse("")));
                    break;
                }
            }
            if (!marked.isSuppressed()) {
                for (ConfigSuppression suppression : configured) {
                    if (matches(suppression, file, finding)) {
                        used.add(suppression);
                        marked = marked.withSuppression(new Suppression(Suppression.Kind.EXTERNAL,
                                suppression.reason()));
                        break;
                    }
                }
            }
            result.add(marked);
        }
        for (TemplateSuppression suppression : levels.isOff(UnjustifiedOrUnusedSuppression.INFO.id()) ? List.<TemplateSuppression>of()
                : inTemplate) {
            String what = "the suppression of " + suppression.rule()
                    + suppression.resource().map(r -> " on " + r).orElse(" for the whole template");
            if (suppression.reason().isEmpty()) {
                result.add(problem(file, suppression.position(), what + " gives no reason; add reason: \"...\" "
                        + "so the decision survives code review"));
            }
            if (!usedInTemplate.contains(suppression) && !levels.isOff(suppression.rule())) {
                result.add(problem(file, suppression.position(), what + " matches no finding; remove it"));
            }
        }
        return result;
    }

    /** LL001 notes for configured suppressions that matched nothing in the whole run. */
    List<Finding> unusedConfigured() {
        List<Finding> unused = new ArrayList<>();
        if (levels.isOff(UnjustifiedOrUnusedSuppression.INFO.id())) {
            return unused;
        }
        for (ConfigSuppression suppression : configured) {
            if (!used.contains(suppression) && !levels.isOff(suppression.rule())) {
                unused.add(problem(configFile, suppression.position(), "the suppression of " + suppression.rule()
                        + suppression.resource().map(r -> " on " + r).orElse("")
                        + suppression.fileGlob().map(g -> " in " + g).orElse("") + " matches no finding; remove it"));
            }
        }
        return unused;
    }

    private boolean matches(ConfigSuppression suppression, String file, Finding finding) {
        if (!suppression.rule().equals(finding.ruleId())) {
            return false;
        }
        if (suppression.resource().isPresent() && !suppression.resource().equals(finding.resource())
                && !matchesConstructPath(suppression, finding)) {
            return false;
        }
        FileGlob glob = globs.get(suppression);
        return glob == null || glob.matches(file);
    }

    private boolean matchesConstructPath(ConfigSuppression suppression, Finding finding) {
        FileGlob glob = constructGlobs.get(suppression);
        return glob != null && finding.constructPath().filter(glob::matches).isPresent();
    }

    private Finding problem(String file, Position position, String message) {
        String id = UnjustifiedOrUnusedSuppression.INFO.id();
        Level level = levels.levelOf(UnjustifiedOrUnusedSuppression.INFO);
        return new Finding(id, level, message, new Location(file, position), Optional.empty(), List.of(),
                Optional.empty(), Fingerprints.of(id, file, "", message));
    }
}
