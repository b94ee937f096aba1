package org.gaoxin.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peer set scored: every peer's total, rank, group scores and indicator scores, in
 * rank order (ties in the order the peers were given).
 */
public record Scoreboard(List<Peer> peers) {

	public Scoreboard {
		peers = List.copyOf(peers);
	}

	public Optional<Peer> peer(String code) {
		return this.peers.stream().filter((p) -> p.code().equals(code)).findFirst();
	}

	/**
	 * One peer's result. {@code rank}: competition ranking (1, 2, 2, 4) on the total
	 * rounded to six decimals.
	 */
	public record Peer(String code, BigDecimal total, int rank, Map<String, BigDecimal> groups,
			Map<String, Score> indicators) {

		public long missing() {
			return this.indicators.values().stream().filter(Score::missing).count();
		}

	}

	/**
	 * An indicator's normalised score for a peer. {@code value} is null when the peer has
	 * none: it is then {@code missing} and scored as the worst in the peer set;
	 * {@code nobody} when no peer has a value (every peer scores 0).
	 */
	public record Score(BigDecimal value, BigDecimal score, boolean missing, boolean nobody) {
	}

}
