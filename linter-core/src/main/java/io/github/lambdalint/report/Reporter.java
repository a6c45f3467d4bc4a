package io.github.lambdalint.report;

import java.io.IOException;
import java.io.Writer;

import io.github.lambdalint.api.LintResult;

/** Writes a lint result in one format. Reporters know findings and rule metadata, never rules. */
public interface Reporter {

    void write(LintResult result, Writer out) throws IOException;
}
