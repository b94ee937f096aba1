package org.gaoxin.intake.internal;

import java.util.List;

/**
 * Receives a table's rows one at a time; {@code row} is the 1-based row number a person
 * sees.
 */
@FunctionalInterface
public interface RowHandler {

	void row(String sheet, int row, List<String> cells);

}
