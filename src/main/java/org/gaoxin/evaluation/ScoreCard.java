package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Direction;
import org.gaoxin.standard.Normalisation;

/**
 * A zone-year scored on a scoring standard relative to a peer set: its total and rank,
 * every peer's, each group's score against the best peer's, each indicator's value and
 * normalised score, and what-ifs (the rank if an indicator's value, or every value of a
 * group, moved by {@code whatIfPercent} in the better direction). Approved reports only.
 */
public record ScoreCard(String zoneCode, int year, String standardCode, String standardVersion, String standardChecksum,
		LocalizedText standardName, String kind, Normalisation normalisation, Instant evaluatedAt, BigDecimal total,
		int rank, int peerCount, List<PeerRow> peers, List<GroupRow> groups, List<IndicatorRow> indicators,
		BigDecimal whatIfPercent, List<Message> notes) {

	public String standardReference() {
		return this.standardCode + "@" + this.standardVersion;
	}

	/** The groups the zone loses most points of the total on, largest first. */
	public List<GroupRow> behind() {
		return this.groups.stream()
			.filter((g) -> g.pointsBehind().signum() > 0)
			.sorted(Comparator.comparing(GroupRow::pointsBehind).reversed())
			.toList();
	}

	/** A peer's result; {@code chosen} for the zone scored. */
	public record PeerRow(String zoneCode, LocalizedText zoneName, BigDecimal total, int rank, long missing,
			boolean chosen, Map<String, BigDecimal> groups) {

		public String displayTotal() {
			return round(this.total);
		}

	}

	/**
	 * A group: weight as in the file, the zone's score, the best peer's, the points of
	 * the total the difference costs (weight share × gap), and the zone's total and rank
	 * if every indicator of the group moved by the what-if step.
	 */
	public record GroupRow(String code, LocalizedText name, BigDecimal weight, BigDecimal score, BigDecimal best,
			String bestZone, BigDecimal pointsBehind, BigDecimal totalIfImproved, int rankIfImproved) {

		public String displayScore() {
			return round(this.score);
		}

		public String displayBest() {
			return round(this.best);
		}

		public String displayBehind() {
			return round(this.pointsBehind);
		}

		public String displayWeight() {
			return percent(this.weight);
		}

		public String displayTotalIfImproved() {
			return round(this.totalIfImproved);
		}

	}

	/**
	 * An indicator: the zone's value (null when missing, with why) and normalised score,
	 * the peers' lowest, mean and highest values, and the what-if. {@code qualitative}: a
	 * score users enter ({@code enteredVersion} the stored score's version, 0 for none).
	 */
	public record IndicatorRow(String code, LocalizedText name, String group, Unit unit, Direction direction,
			BigDecimal weight, boolean qualitative, BigDecimal value, BigDecimal score, boolean missing, boolean nobody,
			BigDecimal peerMin, BigDecimal peerMean, BigDecimal peerMax, String formula, List<Message> missingReasons,
			BigDecimal valueIfImproved, BigDecimal totalIfImproved, Integer rankIfImproved, int enteredVersion) {

		public String displayValue() {
			return round(this.value);
		}

		public String displayScore() {
			return round(this.score);
		}

		public String displayWeight() {
			return percent(this.weight);
		}

		public String displayValueIfImproved() {
			return round(this.valueIfImproved);
		}

		public String displayPeerMin() {
			return round(this.peerMin);
		}

		public String displayPeerMean() {
			return round(this.peerMean);
		}

		public String displayPeerMax() {
			return round(this.peerMax);
		}

	}

	public String displayTotal() {
		return round(this.total);
	}

	static String round(BigDecimal number) {
		return (number != null) ? number.setScale(2, RoundingMode.HALF_UP).toPlainString() : "—";
	}

	static String percent(BigDecimal share) {
		return (share != null) ? share.movePointRight(2).stripTrailingZeros().toPlainString() + " %" : "—";
	}

}
