package org.gaoxin.qualification.rules;

import java.util.List;

import org.gaoxin.qualification.rules.ExpertScores.Part;
import org.gaoxin.shared.Message;

/**
 * The IP part of the innovation capacity score, up to 30 even with the standard bonus.
 */
final class IpScoring {

	static final int MAX = 30;

	private IpScoring() {
	}

	static ScoreItem of(IpPortfolio ip, ExpertScores experts, Boolean ledStandard) {
		List<ScoreItem> parts = List.of(ScoreItem.expert(Part.TECHNICAL_ADVANCEMENT, experts),
				ScoreItem.expert(Part.CORE_SUPPORT, experts),
				ScoreItem.leaf(Message.of("qualification.ip.quantity"), ip.counts(), quantity(ip), 8, quantityGaps(ip)),
				ScoreItem.leaf(Part.IP_ACQUISITION.label(), acquisitionShown(ip, experts.ipAcquisition()),
						acquisition(ip, experts.ipAcquisition()), Part.IP_ACQUISITION.max(), List.of()),
				ScoreItem.leaf(Part.STANDARD_BONUS.label(), ledShown(ledStandard),
						standardBonus(ledStandard, experts.standardBonus()), Part.STANDARD_BONUS.max(), List.of()));
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

	static Points acquisition(IpPortfolio ip) {
		return acquisition(ip, null);
	}

	/**
	 * The experts' points where they have judged; otherwise the way's range, and without
	 * knowing the way, any way's. Without IP there is nothing to have obtained.
	 */
	static Points acquisition(IpPortfolio ip, Integer entered) {
		if (!ip.any()) {
			return Points.ZERO;
		}
		return (entered != null) ? Points.exactly(entered) : IpAcquisition.pointsOf(ip.acquisition());
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

	private static Message acquisitionShown(IpPortfolio ip, Integer entered) {
		if (!ip.any()) {
			return Message.of("qualification.ip.acquisition.none");
		}
		IpAcquisition how = ip.acquisition();
		if (how != null) {
			return Message.of("qualification.ip.acquisition.value", how);
		}
		return (entered != null) ? ScoreItem.EXPERT_SCORE : Format.NOT_KNOWN;
	}

	private static Message ledShown(Boolean ledStandard) {
		return (ledStandard != null) ? Format.yesNo(ledStandard) : Format.NOT_KNOWN;
	}

}
