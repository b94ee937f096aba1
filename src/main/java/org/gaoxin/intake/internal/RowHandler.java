package org.gaoxin.intake.internal;

import java.util.List;

/**
 * Receives a sheet's rows one at a time; {@code row} is the 1-based row number a person
 * sees. Returns false to stop the reading.
 */
@FunctionalInterface
interface RowHandler {

	boolean row(int row, List<String> cells);

}
