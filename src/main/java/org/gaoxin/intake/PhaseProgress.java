package org.gaoxin.intake;

/**
 * How far one phase is: {@code done} of {@code total} (bytes while reading, rows while
 * checking and writing, zone-years while checking quality).
 */
public record PhaseProgress(ImportPhase phase, long done, long total, boolean finished) {

	public int percent() {
		if (this.finished) {
			return 100;
		}
		return (this.total <= 0) ? 0 : (int) Math.min(99, 100 * this.done / this.total);
	}

}
