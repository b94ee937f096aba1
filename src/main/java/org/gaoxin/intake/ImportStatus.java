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
 * @param changeCount the stored values it would replace
 * @param statusChangeCount the reports whose review status it would change (told apart
 * from their values)
 */
public record ImportStatus(UUID id, ImportKind kind, String fileName, String owner, Instant started, ImportState state,
		List<PhaseProgress> phases, String sheet, int headerRow, List<String> sheets, List<Message> notes, int rowsRead,
		int created, int replaced, int unchanged, int errorCount, List<ImportError> errors, int changeCount,
		int statusChangeCount, List<Change> changes, Message problem, List<QualityCheck> quality) {

	/**
	 * How much of the work each phase is, in percent of the whole: read, check, write,
	 * quality.
	 */
	private static final int[] WEIGHTS = { 40, 20, 30, 10 };

	/**
	 * Overall progress for one bar, told by the phases themselves: reading is the first
	 * 40 %, checking 20 %, writing 30 %, the quality check the last 10 %. An import that
	 * stops before writing (errors, a confirmation, a choice) stops short of 100, which
	 * it reaches only when every phase has finished.
	 */
	public int percent() {
		int sum = 0;
		for (PhaseProgress phase : this.phases) {
			sum += WEIGHTS[phase.phase().ordinal()] * phase.percent();
		}
		return sum / 100;
	}

}
