package org.gaoxin.quality;

/** Where zone staff stand on a finding. */
public enum FindingStatus {

	/** Not looked at yet, or looked at and still to be settled. */
	OPEN,

	/** The figure is unusual but true; the comment says why. */
	EXPLAINED,

	/** The record was corrected (the finding may then disappear). */
	FIXED;

	/** Settled: nothing left to do about the finding. */
	public boolean settled() {
		return this != OPEN;
	}

}
