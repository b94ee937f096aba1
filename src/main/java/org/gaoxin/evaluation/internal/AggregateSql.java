package org.gaoxin.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.EnterpriseFlag;
import org.gaoxin.standard.Standard;

/**
 * A standard's enterprise aggregates compiled into one SQL statement grouped by zone and
 * year: the same sums and counts {@link ZoneYearInputs} computes one enterprise at a
 * time, computed by the database over every zone-year asked for at once.
 * <p>
 * The rows are each zone's enterprises registered by the end of the year (one per
 * enterprise and year), their report of the year with an accepted status, the year's
 * high-tech certificate and tech-SME registration. Per zone-year the statement returns
 * how many enterprises there are and how many filed, and per aggregate its value and the
 * number of records behind it ({@code a<i>_v}, {@code a<i>_n}).
 * <p>
 * Only names from the standard's parsed definitions (report columns, flags) and integers
 * are written into the text; zones and statuses are bound parameters.
 */
public final class AggregateSql {

	private final List<Aggregate> aggregates;

	private final String sql;

	/**
	 * @param years the years evaluated, each with its own registration cut-off
	 */
	public AggregateSql(Standard standard, Collection<Integer> years) {
		this.aggregates = standard.aggregates()
			.values()
			.stream()
			.filter((a) -> a.kind() != Aggregate.Kind.COUNT_OF_PLATFORMS)
			.toList();
		this.sql = compile(this.aggregates, new TreeSet<>(years));
	}

	/** The enterprise aggregates in the order of their columns. */
	public List<Aggregate> aggregates() {
		return this.aggregates;
	}

	/** Binds {@code :zones} (a list of zone codes) and {@code :statuses}. */
	public String sql() {
		return this.sql;
	}

	private static String compile(List<Aggregate> aggregates, Set<Integer> years) {
		if (years.isEmpty()) {
			throw new IllegalArgumentException("No year to evaluate");
		}
		Set<EnterpriseFlag> used = aggregates.stream()
			.flatMap((a) -> a.where().stream())
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(EnterpriseFlag.class)));
		String yearRows = years.stream()
			.map((y) -> "(" + y + ", DATE '" + LocalDate.of(y + 1, 1, 1) + "')")
			.collect(Collectors.joining(", "));
		List<String> columns = new ArrayList<>();
		columns.add("e.zone_code AS zone_code");
		columns.add("y.yr AS yr");
		columns.add("COUNT(*) AS enterprises");
		columns.add("COUNT(p.enterprise_id) AS filed");
		for (int i = 0; i < aggregates.size(); i++) {
			Aggregate a = aggregates.get(i);
			String flags = a.where()
				.stream()
				.sorted()
				.map(AggregateSql::condition)
				.collect(Collectors.joining(" AND "));
			if (a.kind() == Aggregate.Kind.SUM_OF_ENTERPRISES) {
				String when = "p.enterprise_id IS NOT NULL" + (flags.isEmpty() ? "" : " AND " + flags);
				columns.add("SUM(CASE WHEN " + when + " THEN p." + a.field().column() + " END) AS a" + i + "_v");
				columns.add("COUNT(CASE WHEN " + when + " THEN 1 END) AS a" + i + "_n");
			}
			else {
				columns.add((flags.isEmpty() ? "COUNT(*)" : "COUNT(CASE WHEN " + flags + " THEN 1 END)") + " AS a" + i
						+ "_n");
			}
		}
		StringBuilder sql = new StringBuilder("SELECT ").append(String.join(",\n  ", columns));
		sql.append("\nFROM enterprise e\nJOIN (VALUES ")
			.append(yearRows)
			.append(") AS y (yr, next_day) ON e.registration_date < y.next_day");
		sql.append("\nLEFT JOIN enterprise_report p ON p.enterprise_id = e.id AND p.report_year = y.yr")
			.append(" AND p.status IN (:statuses)");
		if (used.contains(EnterpriseFlag.HIGH_TECH)) {
			// a certificate covers its issue year and the two after it; an enterprise may
			// hold two that overlap, hence DISTINCT; only the zones' certificates are
			// read
			sql.append("\nLEFT JOIN (SELECT DISTINCT c.enterprise_id, cy.yr FROM hte_certificate c")
				.append(" JOIN enterprise ce ON ce.id = c.enterprise_id AND ce.zone_code IN (:zones) JOIN (VALUES ")
				.append(years.stream().map((y) -> "(" + y + ")").collect(Collectors.joining(", ")))
				.append(") AS cy (yr) ON c.issue_year BETWEEN cy.yr - ")
				.append(HighTechCertificate.VALID_YEARS - 1)
				.append(" AND cy.yr) h ON h.enterprise_id = e.id AND h.yr = y.yr");
		}
		if (used.contains(EnterpriseFlag.TECH_SME)) {
			sql.append("\nLEFT JOIN tech_sme_registration r ON r.enterprise_id = e.id AND r.registration_year = y.yr");
		}
		sql.append("\nWHERE e.zone_code IN (:zones)\nGROUP BY e.zone_code, y.yr");
		return sql.toString();
	}

	private static String condition(EnterpriseFlag flag) {
		return switch (flag) {
			case ABOVE_DESIGNATED_SIZE -> "p.above_designated_size";
			case HIGH_TECH -> "h.enterprise_id IS NOT NULL";
			case TECH_SME -> "r.enterprise_id IS NOT NULL";
			case ON_CHAIN -> "e.chain_code IS NOT NULL";
			case STRATEGIC_EMERGING -> "e.strategic_emerging";
		};
	}

}
