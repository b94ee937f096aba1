package org.gaoxin.intake;

/** A stored value an import would replace: which record, which field, old → new. */
public record Change(String record, String field, String oldValue, String newValue) {
}
