package org.gaoxin.intake.internal;

/** A parsed record with the row it came from, so later checks can point at it. */
public record Located<T>(ParsedRow row, T value) {
}
