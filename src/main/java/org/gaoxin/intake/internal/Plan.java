package org.gaoxin.intake.internal;

import java.util.List;

import org.gaoxin.intake.Change;

/**
 * What an import would do: records to create, records to replace (with their changes),
 * rows already stored as given.
 */
public record Plan<T>(List<T> created, List<T> replaced, int unchanged, List<Change> changes) {
}
