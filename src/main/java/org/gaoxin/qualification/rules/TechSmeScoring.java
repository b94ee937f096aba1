package org.gaoxin.qualification.rules;

import java.util.List;
import java.util.Optional;

/** The S&T staff and S&T results tables of 科技型中小企业评价办法. */
final class TechSmeScoring {

	static final BandTable STAFF = BandTable.of(Band.from("0.30", Points.exactly(20)),
			Band.from("0.25", Points.exactly(16)), Band.from("0.20", Points.exactly(12)),
			Band.from("0.15", Points.exactly(8)), Band.from("0.10", Points.exactly(4)));

	private static final Bilingual STAFF_NAME = new Bilingual("科技人员指标", "S&T staff");

	private static final Bilingual RESULTS_NAME = new Bilingual("科技成果指标", "S&T results");

	private TechSmeScoring() {
	}

	static ScoreItem staff(int stStaff, int staff) {
		if (staff == 0) {
			return ScoreItem.leaf(STAFF_NAME, "—", Points.ZERO, 20,
					List.of(new Bilingual("无职工,科技人员占比无从计算", "no staff, so no S&T staff share")));
		}
		Ratio share = Ratio.of(stStaff, staff);
		String value = share.percent() + " (" + stStaff + "/" + staff + ")";
		return ScoreItem.leaf(STAFF_NAME, value, STAFF.pointsFor(share), 20, staffGap(share));
	}

	private static List<Bilingual> staffGap(Ratio share) {
		Optional<Band> next = STAFF.nextAbove(share);
		if (next.isEmpty()) {
			return List.of();
		}
		Band band = next.get();
		int people = share.shortfallAddedToBoth(band.lower(), 0).intValueExact();
		return List.of(new Bilingual(
				"科技人员占比" + share.percent() + ",需达" + band.percent() + "(" + band.points() + "分):还需增加科技人员" + people
						+ "人",
				"S&T staff " + share.percent() + " of " + band.percent() + " (" + band.points() + " points): " + people
						+ " more S&T staff"));
	}

	static ScoreItem results(int classOne, int classTwo) {
		String value = "I类" + classOne + "件,II类" + classTwo + "件 / class I " + classOne + ", class II " + classTwo;
		return ScoreItem.leaf(RESULTS_NAME, value, Points.exactly(resultPoints(classOne, classTwo)), 30,
				resultsGap(classOne, classTwo));
	}

	static int resultPoints(int classOne, int classTwo) {
		if (classOne >= 1) {
			return 30;
		}
		return 6 * Math.min(classTwo, 4);
	}

	private static List<Bilingual> resultsGap(int classOne, int classTwo) {
		if (classOne >= 1) {
			return List.of();
		}
		if (classTwo >= 4) {
			return List.of(new Bilingual("还需1件I类知识产权可得30分", "1 class-I IP for 30 points"));
		}
		int next = resultPoints(0, classTwo + 1);
		return List.of(new Bilingual("还需1件I类知识产权(30分)或再增加1件II类知识产权(" + next + "分)",
				"needs 1 class-I IP (30 points) or 1 more class-II (" + next + " points)"));
	}

}
