package org.gaoxin.intake.internal;

import java.util.List;
import java.util.Map;

import org.gaoxin.intake.Column;
import org.gaoxin.intake.ImportError;

/**
 * Where a sheet's header was found: its first and last row (two when a merged header
 * spans two rows), the position of every recognised column, the header as read, and what
 * is wrong with it.
 */
record HeaderMatch(String sheet, int firstRow, int lastRow, Map<Column, Integer> positions, List<String> cells,
		List<ImportError> errors) {

	int recognised() {
		return this.positions.size();
	}

	boolean usable() {
		return !this.positions.isEmpty() && this.errors.isEmpty();
	}

}
