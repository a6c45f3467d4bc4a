package io.github.lambdalint.model.iam;

import io.github.lambdalint.parse.Position;

/**
 * A policy attached to the role whose statements cannot be read: a customer managed policy
 * outside the template, an AWS managed policy lambda-lint has no facts about, a document built
 * by a condition or an import. It may allow anything.
 */
public record OpaquePolicy(String description, Position position) {
}
