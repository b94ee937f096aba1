package org.gaoxin.qualification.rules;

import java.util.List;

import org.gaoxin.shared.Message;

/**
 * The IP part of the innovation capacity score, up to 30 even with the standard bonus.
 */
final class IpScoring {

	static final int MAX = 30;

	private IpScoring() {
	}

	static ScoreItem of(IpPortfolio ip, ExpertScores experts, Boolean ledStandard) {
		List<ScoreItem> parts = List.of(
				ScoreItem.expert(Message.of("qualification.ip.advancement"), experts.technicalAdvancement(), 8),
				ScoreItem.expert(Message.of("qualification.ip.coreSupport"), experts.coreSupport(), 8),
				ScoreItem.leaf(Message.of("qualification.ip.quantity"), ip.counts(), quantity(ip), 8, quantityGaps(ip)),
				ScoreItem.leaf(Message.of("qualification.ip.acquisition"), acquisitionShown(ip), acquisition(ip), 6,
						List.of()),
				ScoreItem.leaf(Message.of("qualification.ip.standardBonus"), ledShown(ledStandard),
						standardBonus(ledStandard, experts.standardBonus()), 2, List.of()));
		Points total = parts.stream().map(ScoreItem::points).reduce(Points.ZERO, Points::plus).cappedAt(MAX);
		return new ScoreItem(Message.of("qualification.ip.name"), ip.counts(), total, MAX, parts, quantityGaps(ip));
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

	private static List<Message> quantityGaps(IpPortfolio ip) {
		if (ip.classOne() >= 1) {
			return List.of();
		}
		Message classOne = Message.of("qualification.ip.quantity.classOne",
				quantity(new IpPortfolio(1, 0, null)).toString());
		int classTwo = ip.classTwo();
		if (classTwo >= 5) {
			return List.of(Message.of("qualification.ip.quantity.gapClassOne", classOne));
		}
		int target = (classTwo == 0) ? 1 : (classTwo <= 2) ? 3 : 5;
		Points next = quantity(new IpPortfolio(0, target, null));
		int more = target - classTwo;
		return List.of(Message.of("qualification.ip.quantity.gap", classOne, more, next.toString()));
	}

	private static Message acquisitionShown(IpPortfolio ip) {
		if (!ip.any()) {
			return Message.of("qualification.ip.acquisition.none");
		}
		IpAcquisition how = ip.acquisition();
		return (how != null) ? Message.of("qualification.ip.acquisition.value", how) : Format.NOT_KNOWN;
	}

	private static Message ledShown(Boolean ledStandard) {
		return (ledStandard != null) ? Format.yesNo(ledStandard) : Format.NOT_KNOWN;
	}

}
