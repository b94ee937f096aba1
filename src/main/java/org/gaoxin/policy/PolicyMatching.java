package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.platform.Incubation;
import org.gaoxin.platform.InnovationChain;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy matching (政策匹配, 免申即享) for a zone and year: every enterprise and registered
 * talent of the zone against every article of the offered policies in force. Awards are
 * computed over the whole zone — an article's yearly cap is shared among all its matches
 * — and then narrowed to what the caller may see: an enterprise user its own, a chain
 * leader its chain's. Only approved annual reports count: money is paid on reviewed
 * figures.
 */
@Service
public class PolicyMatching {

	private static final DataScope ZONE = DataScope.everything(Role.ADMIN);

	private final Policies policies;

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final Certificates certificates;

	private final InnovationChain innovation;

	private final Talents talents;

	private final Regions regions;

	PolicyMatching(Policies policies, Enterprises enterprises, AnnualReports reports, Certificates certificates,
			InnovationChain innovation, Talents talents, Regions regions) {
		this.policies = policies;
		this.enterprises = enterprises;
		this.reports = reports;
		this.certificates = certificates;
		this.innovation = innovation;
		this.talents = talents;
		this.regions = regions;
	}

	/**
	 * The zone, if the caller may read policy matches there: zone readers within their
	 * scope, an enterprise user in its own enterprise's zone.
	 */
	public void requireReadable(String zoneCode, DataScope scope) {
		if (scope.isEnterpriseUser()) {
			this.regions.zone(zoneCode);
			Enterprise own = (scope.enterpriseId() != null)
					? this.enterprises.find(scope.enterpriseId(), scope).orElse(null) : null;
			if (own == null || !own.zoneCode().equals(zoneCode)) {
				throw new AccessDeniedException("Zone " + zoneCode + " is not your enterprise's");
			}
			return;
		}
		this.regions.readable(zoneCode, scope);
	}

	/** Every offered policy's results in the zone and year, narrowed to the caller. */
	@Transactional(readOnly = true)
	public List<PolicyResult> results(String zoneCode, int year, DataScope scope) {
		requireReadable(zoneCode, scope);
		List<PolicyResult> zone = zoneResults(zoneCode, year);
		Set<Long> visible = new HashSet<>();
		this.enterprises.inZone(zoneCode, scope).forEach((e) -> visible.add(e.id()));
		return narrowed(zone, visible);
	}

	/** One enterprise's results (not found when the caller may not see it). */
	@Transactional(readOnly = true)
	public List<PolicyResult> ofEnterprise(String zoneCode, long enterpriseId, int year, DataScope scope) {
		requireReadable(zoneCode, scope);
		Enterprise enterprise = this.enterprises.find(enterpriseId, scope)
			.filter((e) -> e.zoneCode().equals(zoneCode))
			.orElseThrow(() -> new NotFoundException("No enterprise " + enterpriseId));
		return narrowed(zoneResults(zoneCode, year), Set.of(enterprise.id()));
	}

	/** An article's results over the whole zone: what a payment list is made from. */
	@Transactional(readOnly = true)
	public ArticleResult article(String zoneCode, int year, Policy policy, String articleCode) {
		Article article = policy.article(articleCode)
			.orElseThrow(() -> new NotFoundException("No article " + articleCode));
		if (!policy.inForce(year)) {
			return new ArticleResult(policy, article, List.of(), List.of());
		}
		return PolicyEngine.match(policy, candidates(zoneCode, year))
			.stream()
			.filter((r) -> r.article().code().equals(article.code()))
			.findFirst()
			.orElseThrow();
	}

	private List<PolicyResult> zoneResults(String zoneCode, int year) {
		List<Policy> offered = this.policies.offered();
		List<Candidate> candidates = offered.stream().anyMatch((p) -> p.inForce(year)) ? candidates(zoneCode, year)
				: List.of();
		List<PolicyResult> results = new ArrayList<>();
		for (Policy policy : offered) {
			results.add(policy.inForce(year) ? new PolicyResult(policy, true, PolicyEngine.match(policy, candidates))
					: new PolicyResult(policy, false, List.of()));
		}
		return results;
	}

	private static List<PolicyResult> narrowed(List<PolicyResult> results, Set<Long> visible) {
		List<PolicyResult> narrowed = new ArrayList<>();
		for (PolicyResult result : results) {
			List<ArticleResult> articles = new ArrayList<>();
			for (ArticleResult article : result.articles()) {
				articles.add(new ArticleResult(article.policy(), article.article(),
						article.matches()
							.stream()
							.filter((m) -> visible.contains(m.candidate().enterpriseId()))
							.toList(),
						article.nearMisses()
							.stream()
							.filter((m) -> visible.contains(m.candidate().enterpriseId()))
							.toList()));
			}
			narrowed.add(new PolicyResult(result.policy(), result.inForce(), articles));
		}
		return narrowed;
	}

	/** Every enterprise and talent of the zone with its inputs for the year. */
	List<Candidate> candidates(String zoneCode, int year) {
		List<Enterprise> all = this.enterprises.inZone(zoneCode, ZONE);
		Map<Long, List<AnnualReport>> filed = this.reports.inZone(zoneCode, year - 1, year, ZONE);
		Map<Long, List<HighTechCertificate>> certificates = this.certificates.certificatesInZone(zoneCode);
		Set<Long> highTech = this.certificates.highTechIn(zoneCode, year);
		Set<Long> techSme = this.certificates.techSmeIn(zoneCode, year);
		Set<Long> incubated = new HashSet<>();
		for (Incubation incubation : this.innovation.incubations(zoneCode, ZONE)) {
			if (incubation.enteredYear() <= year
					&& (incubation.graduatedYear() == null || incubation.graduatedYear() >= year)) {
				incubated.add(incubation.enterpriseId());
			}
		}
		Map<Long, Map<String, BigDecimal>> byEnterprise = new HashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (Enterprise enterprise : all) {
			Map<String, BigDecimal> values = new HashMap<>();
			List<AnnualReport> reports = filed.getOrDefault(enterprise.id(), List.of())
				.stream()
				.filter((r) -> r.status() == ReportStatus.APPROVED)
				.toList();
			AnnualReport current = reports.stream().filter((r) -> r.year() == year).findFirst().orElse(null);
			AnnualReport previous = reports.stream().filter((r) -> r.year() == year - 1).findFirst().orElse(null);
			figures(values, current, previous);
			List<HighTechCertificate> held = certificates.getOrDefault(enterprise.id(), List.of());
			boolean issuedNow = held.stream().anyMatch((c) -> c.issueYear() == year);
			boolean heldBefore = held.stream().anyMatch((c) -> c.issueYear() < year);
			values.put("hte_first", flag(issuedNow && !heldBefore));
			values.put("hte_renewal", flag(issuedNow && heldBefore));
			values.put("hte_valid", flag(highTech.contains(enterprise.id())));
			values.put("tech_sme", flag(techSme.contains(enterprise.id())));
			values.put("on_chain", flag(enterprise.chainCode() != null));
			values.put("incubated", flag(incubated.contains(enterprise.id())));
			values.put("above_size",
					flag((current != null) ? current.aboveDesignatedSize() : enterprise.aboveDesignatedSize()));
			byEnterprise.put(enterprise.id(), values);
			candidates.add(new Candidate("E:" + enterprise.id(), Subject.ENTERPRISE, enterprise.id(), enterprise.name(),
					enterprise.creditCode(), enterprise.chainCode(), null, null, values));
		}
		for (Talent talent : this.talents.list(zoneCode, ZONE)) {
			Map<String, BigDecimal> values = new HashMap<>(byEnterprise.getOrDefault(talent.enterpriseId(), Map.of()));
			for (TalentLevel level : TalentLevel.values()) {
				values.put(level.fact(), flag(talent.level() == level));
			}
			values.put("talent_new", flag(talent.year() == year));
			Enterprise employer = all.stream().filter((e) -> e.id() == talent.enterpriseId()).findFirst().orElseThrow();
			candidates.add(new Candidate("T:" + talent.id(), Subject.TALENT, employer.id(), employer.name(),
					employer.creditCode(), employer.chainCode(), talent.id(), talent.name(), values));
		}
		return candidates;
	}

	private static void figures(Map<String, BigDecimal> values, AnnualReport current, AnnualReport previous) {
		for (ReportField field : ReportField.values()) {
			Number now = (current != null) ? field.valueIn(current) : null;
			Number before = (previous != null) ? field.valueIn(previous) : null;
			if (now != null) {
				values.put(field.column(), PolicyInputs.policyValue(field, now));
			}
			if (before != null) {
				values.put(field.column() + PolicyInputs.PREVIOUS, PolicyInputs.policyValue(field, before));
			}
			if (now != null && before != null) {
				values.put(field.column() + PolicyInputs.INCREASE,
						PolicyInputs.policyValue(field, now).subtract(PolicyInputs.policyValue(field, before)));
			}
		}
	}

	private static BigDecimal flag(boolean value) {
		return value ? BigDecimal.ONE : BigDecimal.ZERO;
	}

}
