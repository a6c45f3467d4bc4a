package io.github.lambdalint.cli;

/**
 * The exit statuses of DESIGN.md section 3. When several apply the highest wins, which is also
 * the most serious: an internal error over an unreadable file over findings.
 */
final class ExitCodes {

    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
