package io.github.lambdalint.parse;

/**
 * A node of a parsed template. Short-form CloudFormation tags are already in their long form,
 * so {@code !Ref X} arrives here as a one-entry mapping {@code {Ref: X}}.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    Position position();

    /** What kind of YAML/JSON value this is, in words a template author uses. */
    String kindName();
}
