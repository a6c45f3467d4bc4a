package io.github.lambdalint.finding;

/** Whether a finding was already in the baseline the run compared against (SARIF {@code baselineState}). */
public enum BaselineState {
    NEW("new"), UNCHANGED("unchanged");

    private final String sarifName;

    BaselineState(String sarifName) {
        this.sarifName = sarifName;
    }

    public String sarifName() {
        return sarifName;
    }
}
