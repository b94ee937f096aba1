package org.gaoxin.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where an import stands: its counters (rows read, checked, written), and its outcome:
 * the errors (nothing written), the changes awaiting confirmation, or what was written.
 */
public record ImportStatus(UUID id, ImportKind kind, String fileName, String owner, Instant started, ImportState state,
		int rowsRead, int rowsChecked, int rowsWritten, int created, int replaced, int unchanged, int errorCount,
		List<ImportError> errors, int changeCount, List<Change> changes, String problem, List<QualityCheck> quality) {

	/**
	 * How far along, for the progress bar: reading is the first half, checking and
	 * writing the rest.
	 */
	public int percent() {
		if (this.state.finished()) {
			return 100;
		}
		int toWrite = this.created + this.replaced;
		return switch (this.state) {
			case READING -> 10;
			case CHECKING -> 40;
			case WRITING -> (toWrite == 0) ? 90 : 50 + 50 * this.rowsWritten / toWrite;
			default -> 100;
		};
	}

}
