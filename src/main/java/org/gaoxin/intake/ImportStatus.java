package org.gaoxin.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gaoxin.shared.Message;

/**
 * Where an import stands: the progress of each phase, the sheet and header row it read,
 * and its outcome — the errors (nothing written), the changes awaiting confirmation, or
 * what was written and what the quality check found.
 *
 * @param sheets the sheets to choose from when several have a recognised header
 * @param notes what the reader decided that the uploader should know (sheet chosen,
 * header row, blank rows that ended the reading)
 */
public record ImportStatus(UUID id, ImportKind kind, String fileName, String owner, Instant started, ImportState state,
		List<PhaseProgress> phases, String sheet, int headerRow, List<String> sheets, List<Message> notes, int rowsRead,
		int created, int replaced, int unchanged, int errorCount, List<ImportError> errors, int changeCount,
		List<Change> changes, Message problem, List<QualityCheck> quality) {

	/**
	 * Overall progress for one bar: reading is the first 40 %, checking 20 %, writing 30
	 * %, the quality check the last 10 %; 100 only when every phase has finished.
	 */
	public int percent() {
		if (this.state.finished()) {
			return 100;
		}
		int[] weights = { 40, 20, 30, 10 };
		double sum = 0;
		for (PhaseProgress phase : this.phases) {
			sum += weights[phase.phase().ordinal()] * phase.percent() / 100.0;
		}
		return (int) Math.min(99, sum);
	}

}
