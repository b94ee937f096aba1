package org.gaoxin.target;

import java.util.List;

/**
 * One target seen from the data year: the growth it still requires from the latest
 * actual, the forecast at its year and the status that follows.
 *
 * @param required null when the target year is not after the data year or the latest
 * actual is not above zero
 * @param projected the forecast at the target year; null without a forecast
 * @param reached the latest actual already meets it
 * @param versions every version of the target, the current one last
 */
public record TargetTrack(Target target, Growth required, Projection projected, TargetStatus status, boolean reached,
		List<TargetVersion> versions) {

	public TargetTrack {
		versions = List.copyOf(versions);
	}

	/** The version before the current one, if the target was changed. */
	public TargetVersion previous() {
		return (this.versions.size() > 1) ? this.versions.get(this.versions.size() - 2) : null;
	}

}
