package org.gaoxin.evaluation;

public enum IndicatorStatus {

	MET, UNMET,
	/**
	 * An input is missing (which, and for which year, is in the result); never read as
	 * zero.
	 */
	MISSING

}
