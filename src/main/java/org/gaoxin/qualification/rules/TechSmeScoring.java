package org.gaoxin.qualification.rules;

import java.util.List;
import java.util.Optional;

import org.gaoxin.shared.Message;

/** The S&T staff and S&T results tables of 科技型中小企业评价办法. */
final class TechSmeScoring {

	static final BandTable STAFF = BandTable.of(Band.from("0.30", Points.exactly(20)),
			Band.from("0.25", Points.exactly(16)), Band.from("0.20", Points.exactly(12)),
			Band.from("0.15", Points.exactly(8)), Band.from("0.10", Points.exactly(4)));

	private static final Message STAFF_NAME = Message.of("qualification.techSme.stStaff.name");

	private static final Message RESULTS_NAME = Message.of("qualification.techSme.results.name");

	private TechSmeScoring() {
	}

	static ScoreItem staff(int stStaff, int staff) {
		if (staff == 0) {
			return ScoreItem.leaf(STAFF_NAME, Format.NO_FIGURE, Points.ZERO, 20,
					List.of(Message.of("qualification.techSme.stStaff.noStaff")));
		}
		Ratio share = Ratio.of(stStaff, staff);
		return ScoreItem.leaf(STAFF_NAME, Format.shareOf(share, stStaff, staff), STAFF.pointsFor(share), 20,
				staffGap(share));
	}

	private static List<Message> staffGap(Ratio share) {
		Optional<Band> next = STAFF.nextAbove(share);
		if (next.isEmpty()) {
			return List.of();
		}
		Band band = next.get();
		int people = share.shortfallAddedToBoth(band.lower(), 0).intValueExact();
		return List.of(Message.of("qualification.techSme.stStaff.gap", share.percent(), band.percent(),
				band.points().toString(), people));
	}

	static ScoreItem results(int classOne, int classTwo) {
		return ScoreItem.leaf(RESULTS_NAME, IpPortfolio.counts(classOne, classTwo),
				Points.exactly(resultPoints(classOne, classTwo)), 30, resultsGap(classOne, classTwo));
	}

	static int resultPoints(int classOne, int classTwo) {
		if (classOne >= 1) {
			return 30;
		}
		return 6 * Math.min(classTwo, 4);
	}

	private static List<Message> resultsGap(int classOne, int classTwo) {
		if (classOne >= 1) {
			return List.of();
		}
		int classOnePoints = resultPoints(1, 0);
		if (classTwo >= 4) {
			return List.of(Message.of("qualification.techSme.results.gapClassOne", classOnePoints));
		}
		int next = resultPoints(0, classTwo + 1);
		return List.of(Message.of("qualification.techSme.results.gap", classOnePoints, next));
	}

}
