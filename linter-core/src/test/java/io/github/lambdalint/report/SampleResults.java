package io.github.lambdalint.report;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.api.FileError;
import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.api.TemplateNotReadable;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.finding.Location;
import io.github.lambdalint.finding.RelatedLocation;
import io.github.lambdalint.finding.Suppression;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.rule.RuleInfo;

/** Lint results written by hand, so reporter tests do not depend on what the rules find. */
final class SampleResults {

    static final ToolInfo TOOL = new ToolInfo("lambda-lint", "1.2.3", "https://github.com/lambdalint/lambda-lint");

    static final RuleInfo NO_EGRESS = new RuleInfo("LL101", "VpcFunctionWithoutEgress", Level.ERROR,
            "A VPC function calls out but its subnets have no NAT route.",
            "Functions in a VPC reach the internet only through a NAT.", List.of("networking", "vpc"), "high");
    static final RuleInfo ONE_AZ = new RuleInfo("LL104", "SingleAvailabilityZone", Level.WARNING,
            "A VPC function sits in one Availability Zone.", "Use subnets in two or more zones.",
            List.of("availability"), "very-high");
    static final RuleInfo NO_DLQ = new RuleInfo("LL301", "AsyncWithoutFailureDestination", Level.WARNING,
            "An asynchronously invoked function has no DLQ or on-failure destination.",
            "Failed asynchronous events are dropped after two retries.", List.of("reliability"), "high");

    static final List<RuleInfo> RULES = List.of(TemplateNotReadable.INFO, NO_EGRESS, ONE_AZ, NO_DLQ);

    private SampleResults() {
    }

    /** Two templates: one error with evidence, one warning, one uncertain note, one suppressed finding, one LL000. */
    static LintResult mixed() {
        Finding egress = new Finding("LL101", Level.ERROR, "ApiFn calls the internet but its subnets have no NAT route",
                at("templates/app.yaml", 12, 5), Optional.of("ApiFn"),
                List.of(new RelatedLocation("subnet PrivateA has no default route", at("templates/app.yaml", 40, 7)),
                        new RelatedLocation("subnet PrivateB has no default route", at("templates/net.yaml", 8, 3))),
                Optional.empty(), "0123456789abcdef0123456789abcdef");
        Finding oneAz = new Finding("LL104", Level.WARNING, "WorkerFn has one subnet", at("templates/app.yaml", 30, 9),
                Optional.of("WorkerFn"), List.of(), Optional.empty(), "11111111111111111111111111111111");
        Finding uncertain = new Finding("LL101", Level.NOTE,
                "subnets come from parameter PrivateSubnets; give them in the network context to check egress",
                at("templates/app.yaml", 55, 5), Optional.of("ReportFn"), List.of(), Optional.empty(),
                "22222222222222222222222222222222");
        Finding suppressed = new Finding("LL301", Level.WARNING, "AuditFn is invoked asynchronously without a DLQ",
                at("templates/app.yaml", 70, 3), Optional.of("AuditFn"), List.of(),
                Optional.of(new Suppression(Suppression.Kind.IN_SOURCE, "retries are handled by the caller")),
                "33333333333333333333333333333333");
        Finding broken = new Finding("LL000", Level.ERROR, "unknown tag !Reff", at("templates/broken.yaml", 3, 13),
                Optional.empty(), List.of(), Optional.empty(), "44444444444444444444444444444444");
        return new LintResult(List.of(egress, oneAz, uncertain, suppressed, broken),
                List.of(new FileError("templates/missing.yaml", "no such file or directory")), List.of(), 2,
                List.of("config/settings.json"), RULES, FailOn.ERROR);
    }

    static LintResult empty() {
        return new LintResult(List.of(), List.of(), List.of(), 1, List.of(), RULES, FailOn.ERROR);
    }

    static Location at(String file, int line, int column) {
        return new Location(file, new Position(line, column));
    }
}
