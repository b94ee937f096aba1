package org.gaoxin.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scoring rules against hand calculations on a peer set of four zones A, B, C, D.
 *
 * <pre>
 * groups: G1 weight 0.6 — X (higher is better, weight 0.5), Y (lower is better, weight 0.5)
 *         G2 weight 0.4 — Z (higher is better, weight 1)
 *         X    Y    Z
 *   A     10   2    5
 *   B     20   4    5
 *   C     30   5    —   (missing)
 *   D     20   4    15
 * </pre>
 */
class ScoreEngineTest {

	private static final ScoringModel.Group G1 = new ScoringModel.Group("G1", new BigDecimal("0.6"));

	private static final ScoringModel.Group G2 = new ScoringModel.Group("G2", new BigDecimal("0.4"));

	private static final List<ScoringModel.Item> ITEMS = List.of(
			new ScoringModel.Item("X", "G1", new BigDecimal("0.5"), true),
			new ScoringModel.Item("Y", "G1", new BigDecimal("0.5"), false),
			new ScoringModel.Item("Z", "G2", BigDecimal.ONE, true));

	private static ScoringModel model(ScoringModel.Method method) {
		return new ScoringModel(method, List.of(G1, G2), ITEMS);
	}

	private static Map<String, Map<String, BigDecimal>> peers() {
		Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		values.put("A", row(10, 2, 5));
		values.put("B", row(20, 4, 5));
		values.put("C", row(30, 5, null));
		values.put("D", row(20, 4, 15));
		return values;
	}

	private static Map<String, BigDecimal> row(Integer x, Integer y, Integer z) {
		Map<String, BigDecimal> row = new HashMap<>();
		row.put("X", BigDecimal.valueOf(x));
		row.put("Y", BigDecimal.valueOf(y));
		if (z != null) {
			row.put("Z", BigDecimal.valueOf(z));
		}
		return row;
	}

	/**
	 * Min–max. X: min 10, max 30 → A 0, B 50, C 100, D 50. Y (lower): min 2, max 5 → A
	 * 100·(5−2)/3 = 100, B 100·(5−4)/3 = 33.33, C 0, D 33.33. Z over A, B, D: min 5, max
	 * 15 → A 0, B 0, D 100; C missing → the worst present score, 0, flagged. G1 =
	 * (X+Y)/2: A 50, B 41.67, C 50, D 41.67. G2 = Z. Total = 0.6·G1 + 0.4·G2: A 30, B 25,
	 * C 30, D 25 + 40 = 65. Ranks: D 1, A 2, C 2 (tie), B 4.
	 */
	@Test
	void minMaxWeightsTiesAndAMissingValue() {
		Scoreboard board = ScoreEngine.score(model(ScoringModel.Method.MIN_MAX), peers());
		assertThat(board.peers()).extracting(Scoreboard.Peer::code).containsExactly("D", "A", "C", "B");
		assertThat(board.peers()).extracting(Scoreboard.Peer::rank).containsExactly(1, 2, 2, 4);
		assertTotal(board, "A", 30);
		assertTotal(board, "B", 25);
		assertTotal(board, "C", 30);
		assertTotal(board, "D", 65);
		Scoreboard.Peer b = board.peer("B").orElseThrow();
		assertThat(b.indicators().get("Y").score().doubleValue()).isCloseTo(33.3333, within(1e-3));
		assertThat(b.groups().get("G1").doubleValue()).isCloseTo(41.6667, within(1e-3));
		Scoreboard.Score missing = board.peer("C").orElseThrow().indicators().get("Z");
		assertThat(missing.missing()).isTrue();
		assertThat(missing.value()).isNull();
		assertThat(missing.score()).isEqualByComparingTo("0");
		assertThat(board.peer("C").orElseThrow().missing()).isEqualTo(1);
	}

	/**
	 * Ratio to the peer mean. X: mean 20 → A 50, B 100, C 150, D 100. Y (lower): mean
	 * 3.75 → 100·3.75/v: A 187.5, B 93.75, C 75, D 93.75. Z: mean of 5, 5, 15 = 8.333 → A
	 * 60, B 60, D 180; C missing → worst, 60. G1: A 118.75, B 96.875, C 112.5, D 96.875.
	 * Total: A 0.6·118.75 + 0.4·60 = 95.25; B 58.125 + 24 = 82.125; C 67.5 + 24 = 91.5; D
	 * 58.125 + 72 = 130.125.
	 */
	@Test
	void ratioToThePeerMean() {
		Scoreboard board = ScoreEngine.score(model(ScoringModel.Method.RATIO_TO_MEAN), peers());
		assertTotal(board, "A", 95.25);
		assertTotal(board, "B", 82.125);
		assertTotal(board, "C", 91.5);
		assertTotal(board, "D", 130.125);
		assertThat(board.peers()).extracting(Scoreboard.Peer::rank).containsExactly(1, 2, 3, 4);
		assertThat(board.peer("C").orElseThrow().indicators().get("Z").score().doubleValue()).isCloseTo(60,
				within(1e-9));
	}

	/**
	 * Z-score on X alone: mean 20, population variance (100 + 0 + 100 + 0)/4 = 50, sd √50
	 * = 7.0711 → A 50 − 10·10/7.0711 = 35.858, B 50, C 64.142, D 50; Y lower: mean 3.75,
	 * variance (3.0625 + 0.0625 + 1.5625 + 0.0625)/4 = 1.1875, sd 1.0897 → A 50 + 10·1.75
	 * / 1.0897 = 66.059.
	 */
	@Test
	void zScores() {
		Scoreboard board = ScoreEngine.score(model(ScoringModel.Method.Z_SCORE), peers());
		assertThat(board.peer("A").orElseThrow().indicators().get("X").score().doubleValue()).isCloseTo(35.858,
				within(1e-3));
		assertThat(board.peer("C").orElseThrow().indicators().get("X").score().doubleValue()).isCloseTo(64.142,
				within(1e-3));
		assertThat(board.peer("B").orElseThrow().indicators().get("X").score().doubleValue()).isCloseTo(50,
				within(1e-9));
		assertThat(board.peer("A").orElseThrow().indicators().get("Y").score().doubleValue()).isCloseTo(66.059,
				within(1e-3));
	}

	/** Every peer equal: min–max gives 100, z-score 50, ratio 100 — nobody is behind. */
	@Test
	void equalValuesScoreAlike() {
		Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		values.put("A", row(7, 7, 7));
		values.put("B", row(7, 7, 7));
		assertThat(ScoreEngine.score(model(ScoringModel.Method.MIN_MAX), values).peers())
			.extracting(Scoreboard.Peer::rank)
			.containsExactly(1, 1);
		assertTotal(ScoreEngine.score(model(ScoringModel.Method.MIN_MAX), values), "B", 100);
		assertTotal(ScoreEngine.score(model(ScoringModel.Method.Z_SCORE), values), "B", 50);
		assertTotal(ScoreEngine.score(model(ScoringModel.Method.RATIO_TO_MEAN), values), "B", 100);
	}

	/** No peer has Z: every peer scores 0 on it, flagged as nobody's. */
	@Test
	void anIndicatorNoPeerHas() {
		Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		values.put("A", row(10, 2, null));
		values.put("B", row(20, 4, null));
		Scoreboard board = ScoreEngine.score(model(ScoringModel.Method.MIN_MAX), values);
		Scoreboard.Score z = board.peer("A").orElseThrow().indicators().get("Z");
		assertThat(z.nobody()).isTrue();
		assertThat(z.score()).isEqualByComparingTo("0");
		// A: X 0, Y 100 → G1 50 → 0.6·50 = 30; B: X 100, Y 0 → 30: a tie
		assertThat(board.peers()).extracting(Scoreboard.Peer::rank).containsExactly(1, 1);
	}

	/**
	 * What-if: B's X from 20 to 60. X: min 10, max 60 → A 0, B 100, C 40, D 20. G1: A 50,
	 * B (100 + 33.33)/2 = 66.67, C 20, D 26.67. Total: A 30, B 40, C 12, D 16 + 40 = 56:
	 * B rises from 4th to 2nd.
	 */
	@Test
	void aWhatIfRenormalisesThePeerSet() {
		Scoreboard board = ScoreEngine.score(model(ScoringModel.Method.MIN_MAX),
				ScoreEngine.withChanges(peers(), "B", Map.of("X", BigDecimal.valueOf(60))));
		assertTotal(board, "B", 40);
		assertTotal(board, "C", 12);
		assertTotal(board, "D", 56);
		assertThat(board.peer("B").orElseThrow().rank()).isEqualTo(2);
		assertThat(board.peer("C").orElseThrow().rank()).isEqualTo(4);
		// the other peers' values are untouched
		assertThat(peers().get("B").get("X")).isEqualByComparingTo("20");
	}

	@Test
	void improvingMovesAValueInItsBetterDirection() {
		assertThat(ScoreEngine.improved(new BigDecimal("20"), true, BigDecimal.TEN)).isEqualByComparingTo("22");
		assertThat(ScoreEngine.improved(new BigDecimal("0.8"), false, BigDecimal.TEN)).isEqualByComparingTo("0.72");
		assertThat(ScoreEngine.improved(new BigDecimal("5"), false, BigDecimal.valueOf(200))).isEqualByComparingTo("0");
		assertThat(ScoreEngine.improved(null, true, BigDecimal.TEN)).isNull();
	}

	/**
	 * Weights that do not sum to 1 are divided by their sum: G1 0.3 and G2 0.2 weigh as
	 * 0.6 and 0.4, so the totals are the first test's.
	 */
	@Test
	void weightsAreDividedByTheirSum() {
		ScoringModel halved = new ScoringModel(ScoringModel.Method.MIN_MAX,
				List.of(new ScoringModel.Group("G1", new BigDecimal("0.3")),
						new ScoringModel.Group("G2", new BigDecimal("0.2"))),
				ITEMS);
		Scoreboard board = ScoreEngine.score(halved, peers());
		assertTotal(board, "D", 65);
		assertTotal(board, "B", 25);
	}

	private static void assertTotal(Scoreboard board, String peer, double expected) {
		assertThat(board.peer(peer).orElseThrow().total().doubleValue()).as(peer).isCloseTo(expected, within(1e-9));
	}

}
