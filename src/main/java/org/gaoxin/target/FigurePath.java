package org.gaoxin.target;

import java.util.List;

/**
 * An unmet or at-risk core indicator other than the enterprise counts: the yearly growth
 * it needs to reach the threshold by the deadline, what it achieved, and the zone's own
 * targets on the same measure with the growth each requires.
 */
public record FigurePath(IndicatorOutlook indicator, List<TargetTrack> targets) {

	public FigurePath {
		targets = List.copyOf(targets);
	}

}
