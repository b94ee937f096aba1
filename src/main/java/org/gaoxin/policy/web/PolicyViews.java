package org.gaoxin.policy.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gaoxin.policy.Article;
import org.gaoxin.policy.ArticleResult;
import org.gaoxin.policy.BudgetLine;
import org.gaoxin.policy.CapStep;
import org.gaoxin.policy.ListStatus;
import org.gaoxin.policy.Match;
import org.gaoxin.policy.NearMiss;
import org.gaoxin.policy.PaymentLine;
import org.gaoxin.policy.PaymentList;
import org.gaoxin.policy.PolicyResult;
import org.gaoxin.policy.Reasons;
import org.gaoxin.policy.Subject;
import org.gaoxin.policy.Talent;
import org.gaoxin.policy.TalentLevel;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;

/** What the policy API answers: amounts in 万元, reasons as messages ({code, text}). */
final class PolicyViews {

	private PolicyViews() {
	}

	record PolicyView(String code, String version, LocalizedText name, LocalizedText issuer, String documentNo,
			int validFrom, int validTo, boolean illustrative, boolean inForce, BigDecimal totalWanYuan,
			BigDecimal capPerEnterpriseYearWanYuan, List<ArticleView> articles) {

	}

	record ArticleView(String code, LocalizedText name, Subject subject, String award, BigDecimal capPerEnterprise,
			BigDecimal capPerYear, int matches, int nearMisses, BigDecimal totalWanYuan, BudgetView budget) {

	}

	record BudgetView(String line, BigDecimal planned, BigDecimal committed, BigDecimal paid) {

	}

	record MatchView(String policy, String article, long enterpriseId, String creditCode, String enterpriseName,
			Long talentId, String talentName, BigDecimal amountWanYuan, BigDecimal formulaWanYuan, String formula,
			Map<String, BigDecimal> inputs, List<CapStep> caps, List<Message> reasons) {

	}

	record NearMissView(String policy, String article, long enterpriseId, String creditCode, String enterpriseName,
			String talentName, String input, BigDecimal value, BigDecimal threshold, BigDecimal missing,
			Message reason) {

	}

	record Matches(String zone, int year, List<MatchView> matches, List<NearMissView> nearMisses) {

	}

	record LineView(long id, int lineNo, long enterpriseId, String creditCode, String name, BigDecimal amountWanYuan,
			String remark, BigDecimal paidWanYuan, LocalDate paidOn, String voucherNo) {

	}

	record ListView(long id, String zone, String policy, String policyVersion, String article, int year,
			ListStatus status, BigDecimal totalWanYuan, BigDecimal paidWanYuan, String preparedBy, Instant preparedAt,
			String approvedBy, Instant approvedAt, List<LineView> lines) {

	}

	record TalentView(long id, String name, TalentLevel level, String field, long enterpriseId, String enterpriseName,
			String chain, String programme, int year) {

	}

	static PolicyView policy(PolicyResult result, Map<String, BudgetLine> budget) {
		List<ArticleView> articles = result.policy().articles().stream().map((article) -> {
			ArticleResult found = result.articles()
				.stream()
				.filter((a) -> a.article().code().equals(article.code()))
				.findFirst()
				.orElse(null);
			BudgetLine line = budget.get(result.policy().code() + "/" + article.code());
			return new ArticleView(article.code(), article.name(), article.subject(), article.award().text(),
					article.capPerSubject(), article.capPerYear(), (found != null) ? found.matches().size() : 0,
					(found != null) ? found.nearMisses().size() : 0, (found != null) ? found.total() : BigDecimal.ZERO,
					(line != null) ? new BudgetView(line.line(), line.planned(), line.committed(), line.paid())
							: new BudgetView(article.budgetLine(), null, null, null));
		}).toList();
		return new PolicyView(result.policy().code(), result.policy().version(), result.policy().name(),
				result.policy().issuer(), result.policy().documentNo(), result.policy().validFrom(),
				result.policy().validTo(), result.policy().illustrative(), result.inForce(), result.total(),
				result.policy().capPerSubjectYear(), articles);
	}

	static Matches matches(String zone, int year, List<PolicyResult> results) {
		List<MatchView> matches = new java.util.ArrayList<>();
		List<NearMissView> near = new java.util.ArrayList<>();
		for (PolicyResult result : results) {
			for (ArticleResult article : result.articles()) {
				article.matches().forEach((m) -> matches.add(match(m, article.article())));
				article.nearMisses().forEach((m) -> near.add(near(m)));
			}
		}
		return new Matches(zone, year, matches, near);
	}

	static MatchView match(Match match, Article article) {
		return new MatchView(match.policyCode(), match.articleCode(), match.candidate().enterpriseId(),
				match.candidate().creditCode(), match.candidate().enterpriseName(), match.candidate().talentId(),
				match.candidate().talentName(), match.amount(), match.formulaAmount(), article.award().text(),
				match.inputs(), match.caps(), Reasons.of(match, article));
	}

	static NearMissView near(NearMiss miss) {
		return new NearMissView(miss.policyCode(), miss.articleCode(), miss.candidate().enterpriseId(),
				miss.candidate().creditCode(), miss.candidate().enterpriseName(), miss.candidate().talentName(),
				miss.condition().input(), miss.value(), miss.condition().threshold(), miss.missing(), Reasons.of(miss));
	}

	static ListView list(PaymentList list) {
		return new ListView(list.id(), list.zoneCode(), list.policyCode(), list.policyVersion(), list.articleCode(),
				list.year(), list.status(), list.total(), list.paid(), list.preparedBy(), list.preparedAt(),
				list.approvedBy(), list.approvedAt(), list.lines().stream().map(PolicyViews::line).toList());
	}

	static LineView line(PaymentLine line) {
		return new LineView(line.id(), line.lineNo(), line.enterpriseId(), line.creditCode(), line.subjectName(),
				line.amount(), line.remark(), line.paidAmount(), line.paidOn(), line.voucherNo());
	}

	static TalentView talent(Talent t) {
		return new TalentView(t.id(), t.name(), t.level(), t.field(), t.enterpriseId(), t.enterpriseName(),
				t.chainCode(), t.programme(), t.year());
	}

}
