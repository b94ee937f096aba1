package org.gaoxin.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.standard.SafeFormula;

/**
 * Matches a policy's articles against candidates: pure arithmetic, no database, so the
 * rules read (and are tested) by hand.
 * <ol>
 * <li>A candidate is eligible when it meets every condition of the article; an input
 * without a value meets none.</li>
 * <li>The award formula gives an amount in 万元, rounded half up to 0.01 (100 yuan); a
 * negative result is nothing.</li>
 * <li>The article's cap per enterprise (or talent) cuts it to the cap.</li>
 * <li>The policy's cap per enterprise and year cuts the articles in the file's order:
 * each takes at most what the earlier ones left.</li>
 * <li>The article's cap per year cuts every award by the same share, rounded down to
 * 0.01, so the total never exceeds it.</li>
 * </ol>
 * A near miss meets every condition but one minimum (at least, more than) and reaches at
 * least {@link #NEAR_SHARE} of it.
 */
public final class PolicyEngine {

	/** How close to a minimum a candidate must come to be told what it misses. */
	public static final BigDecimal NEAR_SHARE = new BigDecimal("0.5");

	private static final int SCALE = 2;

	private PolicyEngine() {
	}

	public static List<ArticleResult> match(Policy policy, List<Candidate> candidates) {
		Map<String, BigDecimal> used = new HashMap<>();
		List<ArticleResult> results = new ArrayList<>();
		for (Article article : policy.articles()) {
			List<Match> matches = new ArrayList<>();
			List<NearMiss> near = new ArrayList<>();
			for (Candidate candidate : candidates) {
				if (candidate.subject() != article.subject()) {
					continue;
				}
				Match match = eligible(policy, article, candidate, near);
				if (match == null) {
					continue;
				}
				if (article.capPerSubject() != null && match.amount().compareTo(article.capPerSubject()) > 0) {
					match = match.cut(new CapStep(CapStep.Kind.PER_SUBJECT, article.capPerSubject(), match.amount(),
							article.capPerSubject()));
				}
				if (policy.capPerSubjectYear() != null) {
					BigDecimal left = policy.capPerSubjectYear()
						.subtract(used.getOrDefault(candidate.key(), BigDecimal.ZERO))
						.max(BigDecimal.ZERO);
					if (match.amount().compareTo(left) > 0) {
						match = match.cut(new CapStep(CapStep.Kind.PER_SUBJECT_YEAR, policy.capPerSubjectYear(),
								match.amount(), left));
					}
					used.merge(candidate.key(), match.amount(), BigDecimal::add);
				}
				matches.add(match);
			}
			results.add(new ArticleResult(policy, article, shared(article, matches), near));
		}
		return results;
	}

	/** The matches cut by the same share when their total passes the article's cap. */
	private static List<Match> shared(Article article, List<Match> matches) {
		BigDecimal total = matches.stream().map(Match::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (article.capPerYear() == null || total.compareTo(article.capPerYear()) <= 0) {
			return matches;
		}
		List<Match> cut = new ArrayList<>();
		for (Match match : matches) {
			BigDecimal after = match.amount().multiply(article.capPerYear()).divide(total, SCALE, RoundingMode.DOWN);
			cut.add(match.cut(new CapStep(CapStep.Kind.ARTICLE_YEAR, article.capPerYear(), match.amount(), after)));
		}
		return cut;
	}

	private static Match eligible(Policy policy, Article article, Candidate candidate, List<NearMiss> near) {
		Map<String, BigDecimal> values = candidate.values();
		Map<String, BigDecimal> read = new LinkedHashMap<>();
		Condition missed = null;
		int unmet = 0;
		for (Condition condition : article.conditions()) {
			read.put(condition.input(), values.get(condition.input()));
			Boolean met = condition.metBy(values);
			if (!Boolean.TRUE.equals(met)) {
				unmet++;
				missed = (met != null) ? condition : null;
			}
		}
		if (unmet == 1 && missed != null && missed.check().minimum() && missed.threshold().signum() > 0) {
			BigDecimal value = values.get(missed.input());
			if (value.compareTo(missed.threshold().multiply(NEAR_SHARE)) >= 0) {
				near.add(new NearMiss(candidate, policy.code(), article.code(), missed, value,
						missed.threshold().subtract(value).max(BigDecimal.ZERO)));
			}
		}
		if (unmet > 0) {
			return null;
		}
		BigDecimal amount;
		try {
			amount = article.award().evaluate(values);
		}
		catch (SafeFormula.Uncomputable ex) {
			// an input without a value (no report last year): nothing can be paid on it
			return null;
		}
		article.award().inputs().forEach((input) -> read.put(input, values.get(input)));
		amount = amount.setScale(SCALE, RoundingMode.HALF_UP).max(BigDecimal.ZERO.setScale(SCALE));
		return new Match(candidate, policy.code(), article.code(), read, amount, List.of(), amount);
	}

}
