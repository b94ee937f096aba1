package org.gaoxin.quality.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.Severity;
import org.gaoxin.shared.Message;

import org.springframework.stereotype.Component;

/**
 * The same enterprise registered twice under different names and credit codes: names that
 * are equal once normalised, or the same operating revenue, employees and total assets in
 * the same year. Every enterprise of a group gets a finding naming the others.
 */
@Component
class DuplicateCheck implements QualityCheck {

	private static final int MAX_NAMED = 3;

	private final Findings findings;

	DuplicateCheck(Findings findings) {
		this.findings = findings;
	}

	@Override
	public List<Finding> check(ZoneYear zoneYear) {
		List<Finding> found = new ArrayList<>();
		Map<String, List<Enterprise>> byName = group(zoneYear.enterprises(),
				(e) -> NameNormaliser.normalise(e.name(), zoneYear.districtName()));
		byName.remove("");
		byName.values()
			.forEach((group) -> report(group, FindingKind.DUPLICATE_NAME, Severity.WARNING, zoneYear,
					"quality.finding.duplicateName", found));
		List<Enterprise> reporting = zoneYear.enterprises()
			.stream()
			.filter((e) -> zoneYear.reports().containsKey(e.id()))
			.toList();
		Map<String, List<Enterprise>> byFigures = group(reporting, (e) -> figures(zoneYear.reports().get(e.id())));
		byFigures.remove("");
		byFigures.values()
			.forEach((group) -> report(group, FindingKind.DUPLICATE_FIGURES, Severity.ERROR, zoneYear,
					"quality.finding.duplicateFigures", found));
		return found;
	}

	private void report(List<Enterprise> group, FindingKind kind, Severity severity, ZoneYear zoneYear, String key,
			List<Finding> found) {
		if (group.size() < 2) {
			return;
		}
		for (Enterprise enterprise : group) {
			List<Enterprise> others = group.stream().filter((other) -> other.id() != enterprise.id()).toList();
			found.add(this.findings.of(kind, severity, enterprise, null, zoneYear.year(), null, null, null, key,
					names(others), zoneYear.year()));
		}
	}

	/**
	 * The others by name and credit code, a list the reader's language joins; a long list
	 * ends with how many more there are.
	 */
	private static Object names(List<Enterprise> others) {
		List<String> names = others.stream()
			.limit(MAX_NAMED)
			.map((other) -> other.name() + " (" + other.creditCode() + ")")
			.toList();
		return (others.size() <= MAX_NAMED) ? names
				: Message.of("quality.finding.andMore", names, others.size() - MAX_NAMED);
	}

	/**
	 * The key of the three figures, or empty when revenue and assets are both zero: a
	 * head count alone (two dormant enterprises of six people) identifies no one.
	 */
	private static String figures(AnnualReport report) {
		BigDecimal revenue = report.operatingRevenue();
		BigDecimal assets = report.totalAssets();
		if (revenue.signum() == 0 && assets.signum() == 0) {
			return "";
		}
		return Findings.plain(revenue) + "|" + report.employees() + "|" + Findings.plain(assets);
	}

	private static Map<String, List<Enterprise>> group(List<Enterprise> enterprises, Function<Enterprise, String> key) {
		return enterprises.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
	}

}
