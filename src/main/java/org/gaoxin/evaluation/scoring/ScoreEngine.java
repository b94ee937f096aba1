package org.gaoxin.evaluation.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a peer set on a scoring standard. For each indicator, the values of the peers
 * that have one are normalised (v a peer's value, min, max, mean and sd — the population
 * standard deviation — over those values):
 * <ul>
 * <li>min–max: 100 × (v − min) ÷ (max − min); lower is better: 100 × (max − v) ÷ (max −
 * min); every value equal: 100;</li>
 * <li>ratio to the peer mean: 100 × v ÷ mean; lower is better: 100 × mean ÷ v; kept
 * within 0–200 (a lower-is-better value of 0 scores 200); a mean of 0 or below: 100;</li>
 * <li>z-score: 50 + 10 × (v − mean) ÷ sd; lower is better: 50 − 10 × (v − mean) ÷ sd; sd
 * of 0: 50.</li>
 * </ul>
 * A peer without a value scores the worst score of the peers that have one, and is
 * flagged; when no peer has a value, every peer scores 0 on it. A group's score is the
 * weighted mean of its indicators' scores, the total the weighted mean of the group
 * scores (each level divided by its own weights' sum). Ranks are competition ranks (1, 2,
 * 2, 4) on the total rounded to six decimals.
 */
public final class ScoreEngine {

	static final MathContext CONTEXT = MathContext.DECIMAL64;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final BigDecimal RATIO_CAP = BigDecimal.valueOf(200);

	static final BigDecimal FIFTY = BigDecimal.valueOf(50);

	static final BigDecimal TEN = BigDecimal.TEN;

	/** Totals equal to this many decimals share a rank. */
	public static final int TIE_SCALE = 6;

	private ScoreEngine() {
	}

	/**
	 * @param values every peer (in the order given) with its indicators' values; an
	 * indicator absent or null for a peer is missing
	 */
	public static Scoreboard score(ScoringModel model, Map<String, Map<String, BigDecimal>> values) {
		Map<String, Map<String, Scoreboard.Score>> scores = new LinkedHashMap<>();
		values.keySet().forEach((peer) -> scores.put(peer, new LinkedHashMap<>()));
		for (ScoringModel.Item item : model.indicators()) {
			Map<String, BigDecimal> column = new LinkedHashMap<>();
			values.forEach((peer, row) -> column.put(peer, row.get(item.code())));
			normalise(model.method(), item, column).forEach((peer, score) -> scores.get(peer).put(item.code(), score));
		}
		List<Unranked> unranked = new ArrayList<>();
		for (Map.Entry<String, Map<String, Scoreboard.Score>> peer : scores.entrySet()) {
			Map<String, BigDecimal> groups = new LinkedHashMap<>();
			BigDecimal total = BigDecimal.ZERO;
			BigDecimal groupWeights = BigDecimal.ZERO;
			for (ScoringModel.Group group : model.groups()) {
				BigDecimal sum = BigDecimal.ZERO;
				BigDecimal weights = BigDecimal.ZERO;
				for (ScoringModel.Item item : model.indicatorsOf(group.code())) {
					sum = sum.add(item.weight().multiply(peer.getValue().get(item.code()).score(), CONTEXT), CONTEXT);
					weights = weights.add(item.weight());
				}
				if (weights.signum() == 0) {
					continue;
				}
				BigDecimal groupScore = sum.divide(weights, CONTEXT);
				groups.put(group.code(), groupScore);
				total = total.add(group.weight().multiply(groupScore, CONTEXT), CONTEXT);
				groupWeights = groupWeights.add(group.weight());
			}
			BigDecimal result = (groupWeights.signum() == 0) ? BigDecimal.ZERO : total.divide(groupWeights, CONTEXT);
			unranked.add(new Unranked(peer.getKey(), result, groups, peer.getValue()));
		}
		return new Scoreboard(rank(unranked));
	}

	/**
	 * The values with one peer's indicators changed (a what-if); the other peers' values
	 * stay as they are.
	 */
	public static Map<String, Map<String, BigDecimal>> withChanges(Map<String, Map<String, BigDecimal>> values,
			String peer, Map<String, BigDecimal> changes) {
		Map<String, Map<String, BigDecimal>> changed = new LinkedHashMap<>();
		values.forEach((code, row) -> {
			Map<String, BigDecimal> copy = new HashMap<>(row);
			if (code.equals(peer)) {
				copy.putAll(changes);
			}
			changed.put(code, copy);
		});
		return changed;
	}

	/**
	 * A value moved by {@code percent} in the better direction: up for higher-is-better,
	 * down for lower-is-better (never below 0 when it was not). Null stays null.
	 */
	public static BigDecimal improved(BigDecimal value, boolean higherIsBetter, BigDecimal percent) {
		if (value == null) {
			return null;
		}
		BigDecimal step = value.abs().multiply(percent, CONTEXT).divide(HUNDRED, CONTEXT);
		BigDecimal moved = higherIsBetter ? value.add(step, CONTEXT) : value.subtract(step, CONTEXT);
		return (value.signum() >= 0 && moved.signum() < 0) ? BigDecimal.ZERO : moved;
	}

	static Map<String, Scoreboard.Score> normalise(ScoringModel.Method method, ScoringModel.Item item,
			Map<String, BigDecimal> column) {
		List<BigDecimal> present = column.values().stream().filter((v) -> v != null).toList();
		Map<String, Scoreboard.Score> scores = new LinkedHashMap<>();
		if (present.isEmpty()) {
			column.keySet()
				.forEach((peer) -> scores.put(peer, new Scoreboard.Score(null, BigDecimal.ZERO, true, true)));
			return scores;
		}
		Statistics stats = Statistics.of(present);
		BigDecimal worst = null;
		for (Map.Entry<String, BigDecimal> entry : column.entrySet()) {
			if (entry.getValue() != null) {
				BigDecimal score = score(method, item.higherIsBetter(), entry.getValue(), stats);
				worst = (worst == null || score.compareTo(worst) < 0) ? score : worst;
				scores.put(entry.getKey(), new Scoreboard.Score(entry.getValue(), score, false, false));
			}
		}
		for (Map.Entry<String, BigDecimal> entry : column.entrySet()) {
			if (entry.getValue() == null) {
				scores.put(entry.getKey(), new Scoreboard.Score(null, worst, true, false));
			}
		}
		// keep the peers' order
		Map<String, Scoreboard.Score> ordered = new LinkedHashMap<>();
		column.keySet().forEach((peer) -> ordered.put(peer, scores.get(peer)));
		return ordered;
	}

	private static BigDecimal score(ScoringModel.Method method, boolean higher, BigDecimal v, Statistics s) {
		switch (method) {
			case MIN_MAX -> {
				BigDecimal range = s.max().subtract(s.min());
				if (range.signum() == 0) {
					return HUNDRED;
				}
				BigDecimal above = higher ? v.subtract(s.min()) : s.max().subtract(v);
				return HUNDRED.multiply(above, CONTEXT).divide(range, CONTEXT);
			}
			case RATIO_TO_MEAN -> {
				if (s.mean().signum() <= 0) {
					return HUNDRED;
				}
				BigDecimal ratio;
				if (higher) {
					ratio = HUNDRED.multiply(v, CONTEXT).divide(s.mean(), CONTEXT);
				}
				else {
					ratio = (v.signum() <= 0) ? RATIO_CAP : HUNDRED.multiply(s.mean(), CONTEXT).divide(v, CONTEXT);
				}
				return ratio.max(BigDecimal.ZERO).min(RATIO_CAP);
			}
			default -> {
				if (s.sd().signum() == 0) {
					return FIFTY;
				}
				BigDecimal z = v.subtract(s.mean()).divide(s.sd(), CONTEXT);
				return higher ? FIFTY.add(TEN.multiply(z, CONTEXT), CONTEXT)
						: FIFTY.subtract(TEN.multiply(z, CONTEXT), CONTEXT);
			}
		}
	}

	private static List<Scoreboard.Peer> rank(List<Unranked> unranked) {
		List<Unranked> sorted = new ArrayList<>(unranked);
		// stable: equal totals keep the order the peers were given
		sorted.sort(Comparator.comparing(Unranked::rounded).reversed());
		List<Scoreboard.Peer> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Unranked peer = sorted.get(i);
			int rank = (i > 0 && sorted.get(i - 1).rounded().compareTo(peer.rounded()) == 0) ? ranked.get(i - 1).rank()
					: i + 1;
			ranked.add(new Scoreboard.Peer(peer.code(), peer.total(), rank, peer.groups(), peer.scores()));
		}
		return ranked;
	}

	private record Unranked(String code, BigDecimal total, Map<String, BigDecimal> groups,
			Map<String, Scoreboard.Score> scores) {

		BigDecimal rounded() {
			return this.total.setScale(TIE_SCALE, RoundingMode.HALF_UP);
		}

	}

	private record Statistics(BigDecimal min, BigDecimal max, BigDecimal mean, BigDecimal sd) {

		static Statistics of(List<BigDecimal> values) {
			BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
			BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
			BigDecimal n = BigDecimal.valueOf(values.size());
			BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, CONTEXT);
			BigDecimal squares = values.stream()
				.map((v) -> v.subtract(mean).pow(2, CONTEXT))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal sd = squares.divide(n, CONTEXT).sqrt(CONTEXT);
			return new Statistics(min, max, mean, sd);
		}

	}

}
