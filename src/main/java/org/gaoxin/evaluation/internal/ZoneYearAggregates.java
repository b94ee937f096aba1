package org.gaoxin.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.evaluation.InputValue;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.EnterpriseFlag;
import org.gaoxin.standard.Standard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A standard's enterprise aggregates for many zone-years in one statement
 * ({@link AggregateSql}), as the same {@link InputValue}s the per-enterprise path gives:
 * value, records behind it, the coverage of a sum, or why it is missing. Zone-level data:
 * callers check the zones are in the user's scope.
 */
@Service
public class ZoneYearAggregates {

	/** A zone and a year. */
	public record ZoneYear(String zoneCode, int year) {
	}

	private final JdbcClient jdbc;

	ZoneYearAggregates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The enterprise aggregates of every zone × year asked for, reports with one of the
	 * statuses counting; a zone-year without enterprises has every aggregate missing.
	 */
	@Transactional(readOnly = true)
	public Map<ZoneYear, Map<String, InputValue>> compute(Standard standard, Collection<String> zones,
			Collection<Integer> years, Collection<ReportStatus> statuses) {
		Map<ZoneYear, Map<String, InputValue>> result = new LinkedHashMap<>();
		if (zones.isEmpty() || years.isEmpty()) {
			return result;
		}
		AggregateSql compiled = new AggregateSql(standard, years);
		Map<ZoneYear, Map<String, InputValue>> found = new HashMap<>();
		this.jdbc.sql(compiled.sql())
			.param("zones", List.copyOf(zones))
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query((ResultSet rs) -> {
				found.put(new ZoneYear(rs.getString("zone_code"), rs.getInt("yr")), values(compiled, rs));
			});
		for (String zone : zones) {
			for (int year : years) {
				ZoneYear key = new ZoneYear(zone, year);
				result.put(key, found.getOrDefault(key, none(compiled, year)));
			}
		}
		return result;
	}

	private static Map<String, InputValue> values(AggregateSql compiled, ResultSet rs) throws SQLException {
		int year = rs.getInt("yr");
		int enterprises = rs.getInt("enterprises");
		long filed = rs.getLong("filed");
		Map<String, InputValue> values = new HashMap<>();
		List<Aggregate> aggregates = compiled.aggregates();
		for (int i = 0; i < aggregates.size(); i++) {
			Aggregate a = aggregates.get(i);
			Message description = a.describe();
			boolean sum = a.kind() == Aggregate.Kind.SUM_OF_ENTERPRISES;
			Unit unit = sum ? a.field().unit() : Unit.ENTERPRISES;
			if (filed == 0 && needsReports(a)) {
				values.put(a.name(), new InputValue(a.name(), InputValue.Kind.ENTERPRISE_AGGREGATE, description, null,
						null, unit, null, Message.of("evaluation.missing.noReports", year)));
				continue;
			}
			int records = rs.getInt("a" + i + "_n");
			if (!sum) {
				values.put(a.name(), new InputValue(a.name(), InputValue.Kind.ENTERPRISE_AGGREGATE, description,
						BigDecimal.valueOf(records), null, unit, records, null));
				continue;
			}
			BigDecimal value;
			if (a.field().wholeNumber()) {
				long whole = rs.getLong("a" + i + "_v");
				value = BigDecimal.valueOf(whole);
			}
			else {
				value = rs.getBigDecimal("a" + i + "_v");
			}
			values.put(a.name(),
					new InputValue(a.name(), InputValue.Kind.ENTERPRISE_AGGREGATE,
							Message.of("evaluation.input.coverage", description, filed, enterprises),
							(value != null) ? value : BigDecimal.ZERO, null, unit, records, null));
		}
		return values;
	}

	/** A zone-year with no enterprise registered by its end. */
	private static Map<String, InputValue> none(AggregateSql compiled, int year) {
		Map<String, InputValue> values = new HashMap<>();
		for (Aggregate a : compiled.aggregates()) {
			Unit unit = (a.kind() == Aggregate.Kind.SUM_OF_ENTERPRISES) ? a.field().unit() : Unit.ENTERPRISES;
			values.put(a.name(), new InputValue(a.name(), InputValue.Kind.ENTERPRISE_AGGREGATE, a.describe(), null,
					null, unit, null, Message.of("evaluation.missing.noEnterprises", year)));
		}
		return values;
	}

	private static boolean needsReports(Aggregate aggregate) {
		return aggregate.kind() == Aggregate.Kind.SUM_OF_ENTERPRISES
				|| aggregate.where().contains(EnterpriseFlag.ABOVE_DESIGNATED_SIZE);
	}

}
