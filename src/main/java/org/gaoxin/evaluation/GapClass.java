package org.gaoxin.evaluation;

/**
 * How far an unmet indicator is from its threshold, against the standard's largest
 * allowed gap.
 */
public enum GapClass {

	NONE, SMALL, LARGE

}
