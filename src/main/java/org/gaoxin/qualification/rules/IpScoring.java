package org.gaoxin.qualification.rules;

import java.util.List;

/**
 * The IP part of the innovation capacity score, up to 30 even with the standard bonus.
 */
final class IpScoring {

	static final int MAX = 30;

	private IpScoring() {
	}

	static ScoreItem of(IpPortfolio ip, ExpertScores experts, Boolean ledStandard) {
		List<ScoreItem> parts = List.of(
				ScoreItem.expert(new Bilingual("技术的先进程度", "technical advancement"), experts.technicalAdvancement(), 8),
				ScoreItem.expert(new Bilingual("对主要产品(服务)在技术上发挥核心支持作用", "core support to main products"),
						experts.coreSupport(), 8),
				ScoreItem.leaf(new Bilingual("知识产权数量", "quantity"), ip.counts(), quantity(ip), 8, quantityGaps(ip)),
				ScoreItem.leaf(new Bilingual("知识产权获得方式", "how obtained"), acquisitionShown(ip), acquisition(ip), 6,
						List.of()),
				ScoreItem.leaf(new Bilingual("主导制定标准加分", "bonus for leading a standard"), ledShown(ledStandard),
						standardBonus(ledStandard, experts.standardBonus()), 2, List.of()));
		Points total = parts.stream().map(ScoreItem::points).reduce(Points.ZERO, Points::plus).cappedAt(MAX);
		return new ScoreItem(new Bilingual("知识产权", "intellectual property"), ip.counts(), total, MAX, parts,
				quantityGaps(ip));
	}

	static Points quantity(IpPortfolio ip) {
		if (ip.classOne() >= 1) {
			return Points.between(7, 8);
		}
		if (ip.classTwo() >= 5) {
			return Points.between(5, 6);
		}
		if (ip.classTwo() >= 3) {
			return Points.between(3, 4);
		}
		return (ip.classTwo() >= 1) ? Points.between(1, 2) : Points.ZERO;
	}

	/** Without knowing how the IP was obtained, either way's range is possible. */
	static Points acquisition(IpPortfolio ip) {
		if (!ip.any()) {
			return Points.ZERO;
		}
		return (ip.acquisition() != null) ? ip.acquisition().points() : Points.between(1, 6);
	}

	/**
	 * An entered bonus is the experts' word; otherwise only a known "no" rules it out.
	 */
	static Points standardBonus(Boolean ledStandard, Integer entered) {
		if (entered != null) {
			return Points.exactly(entered);
		}
		return Boolean.FALSE.equals(ledStandard) ? Points.ZERO : Points.between(0, 2);
	}

	private static List<Bilingual> quantityGaps(IpPortfolio ip) {
		if (ip.classOne() >= 1) {
			return List.of();
		}
		Bilingual classOne = new Bilingual("1件I类知识产权(数量得7–8分)", "1 class-I IP (7–8 points)");
		int classTwo = ip.classTwo();
		if (classTwo >= 5) {
			return List.of(new Bilingual("还需" + classOne.zh(), "needs " + classOne.en()));
		}
		int target = (classTwo == 0) ? 1 : (classTwo <= 2) ? 3 : 5;
		Points next = quantity(new IpPortfolio(0, target, null));
		int more = target - classTwo;
		return List.of(new Bilingual("还需" + classOne.zh() + "或再增加" + more + "件II类知识产权(数量得" + next + "分)",
				"needs " + classOne.en() + " or " + more + " more class-II (" + next + " points)"));
	}

	private static String acquisitionShown(IpPortfolio ip) {
		if (!ip.any()) {
			return "无 / none";
		}
		IpAcquisition how = ip.acquisition();
		return (how != null) ? how.nameZh() + " / " + how.nameEn() : "未知 / not known";
	}

	private static String ledShown(Boolean ledStandard) {
		if (ledStandard == null) {
			return "未知 / not known";
		}
		return ledStandard ? "是 / yes" : "否 / no";
	}

}
