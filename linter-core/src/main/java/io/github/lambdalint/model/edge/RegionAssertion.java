package io.github.lambdalint.model.edge;

import io.github.lambdalint.parse.Position;

/** A {@code Rules} assertion that the stack is deployed in one region ({@code AWS::Region} equals it). */
public record RegionAssertion(String ruleName, String region, Position position) {
}
