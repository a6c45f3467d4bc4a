package io.github.lambdalint.model.iam;

import io.github.lambdalint.parse.Position;

/**
 * A role's permissions boundary: the managed policy that caps what the role's own policies can
 * allow. An action is allowed only when both the role's policies and the boundary allow it. A
 * boundary lambda-lint cannot read (an ARN outside the template, an AWS managed policy it does not
 * know) has opaque {@code permissions}, so it answers unknown.
 */
public record PermissionsBoundary(String name, Permissions permissions, Position position) {
}
