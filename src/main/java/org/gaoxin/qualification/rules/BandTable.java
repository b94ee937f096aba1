package org.gaoxin.qualification.rules;

import java.util.List;
import java.util.Optional;

/** A published scoring table; anything below its lowest band scores zero. */
final class BandTable {

	private final List<Band> descending;

	private BandTable(List<Band> descending) {
		for (int i = 1; i < descending.size(); i++) {
			if (descending.get(i).lower().compareTo(descending.get(i - 1).lower()) >= 0) {
				throw new IllegalArgumentException("bands must be listed from the highest down");
			}
		}
		this.descending = List.copyOf(descending);
	}

	static BandTable of(Band... descending) {
		return new BandTable(List.of(descending));
	}

	Optional<Band> bandOf(Ratio value) {
		return this.descending.stream().filter((band) -> band.admits(value)).findFirst();
	}

	Points pointsFor(Ratio value) {
		return bandOf(value).map(Band::points).orElse(Points.ZERO);
	}

	/** The band just above the one {@code value} falls in; empty at the top. */
	Optional<Band> nextAbove(Ratio value) {
		Band next = null;
		for (Band band : this.descending) {
			if (band.admits(value)) {
				break;
			}
			next = band;
		}
		return Optional.ofNullable(next);
	}

	/** The lowest band paying at least {@code points}. */
	Optional<Band> lowestPaying(int points) {
		return this.descending.stream().filter((band) -> band.points().min() >= points).reduce((a, b) -> b);
	}

}
