package io.github.lambdalint.resolve;

/** An answer that may be unknown statically. */
public enum TriState {
    YES, NO, UNKNOWN;

    public static TriState of(boolean value) {
        return value ? YES : NO;
    }

    public TriState not() {
        return this == YES ? NO : this == NO ? YES : UNKNOWN;
    }

    public TriState and(TriState other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == YES && other == YES ? YES : UNKNOWN;
    }

    public TriState or(TriState other) {
        if (this == YES || other == YES) {
            return YES;
        }
        return this == NO && other == NO ? NO : UNKNOWN;
    }
}
