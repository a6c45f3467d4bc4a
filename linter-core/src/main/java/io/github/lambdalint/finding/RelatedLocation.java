package io.github.lambdalint.finding;

/** One link of a finding's evidence chain: what was seen, and where. */
public record RelatedLocation(String description, Location location) {
}
