package io.github.lambdalint.finding;

/** Why a finding is accepted: where the suppression was written and the reason given. */
public record Suppression(Kind kind, String justification) {

    /** SARIF's suppression kinds: in the template itself, or in configuration beside it. */
    public enum Kind { IN_SOURCE, EXTERNAL }
}
