package org.gaoxin.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.shared.Unit;

import org.springframework.stereotype.Component;

/**
 * Enterprise annual reports in the Torch survey's shape. Staff imports are approved
 * figures; an enterprise user's import is its own submission, awaiting approval, and
 * cannot touch an approved report.
 */
@Component
class ReportImport implements KindHandler<ReportImport.Row> {

	/** {@code zone} is known once the row is matched to a registered enterprise. */
	record Row(CreditCode creditCode, AnnualReport report, String zone) {
	}

	static final Column CREDIT_CODE = new Column("credit_code", "统一社会信用代码", "Unified social credit code", null,
			ColumnType.CREDIT_CODE, null, true, null);

	static final Column YEAR = new Column("year", "年度", "Year", null, ColumnType.YEAR, null, true, null);

	static final Column ABOVE_SIZE = new Column("above_designated_size", "规上企业", "Above designated size", null,
			ColumnType.BOOLEAN, Unit.YES_NO, true, List.of("是", "否"));

	static final Map<ReportField, Column> FIELDS = new EnumMap<>(ReportField.class);

	static {
		for (ReportField field : ReportField.values()) {
			boolean count = field.unit() == Unit.PERSONS || field.unit() == Unit.ITEMS;
			FIELDS.put(field,
					new Column(field.column(), field.label().zh(), field.label().en(), field.torchCode().orElse(null),
							count ? ColumnType.INTEGER : ColumnType.DECIMAL, field.unit(), true, null));
		}
	}

	private final Enterprises enterprises;

	private final AnnualReports reports;

	ReportImport(Enterprises enterprises, AnnualReports reports) {
		this.enterprises = enterprises;
		this.reports = reports;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ANNUAL_REPORTS;
	}

	@Override
	public List<Column> columns() {
		List<Column> columns = new ArrayList<>(List.of(CREDIT_CODE, YEAR, ABOVE_SIZE));
		columns.addAll(FIELDS.values());
		return columns;
	}

	@Override
	public Column keyColumn() {
		return CREDIT_CODE;
	}

	@Override
	public Row parse(ParsedRow row) {
		CreditCode code = row.creditCode(CREDIT_CODE);
		Integer year = row.year(YEAR);
		Boolean above = row.bool(ABOVE_SIZE);
		Map<ReportField, Number> values = new EnumMap<>(ReportField.class);
		boolean complete = code != null && year != null && above != null;
		for (Map.Entry<ReportField, Column> entry : FIELDS.entrySet()) {
			Number value = (entry.getValue().type() == ColumnType.INTEGER) ? row.integer(entry.getValue())
					: row.decimal(entry.getValue());
			if (value == null) {
				complete = false;
			}
			else if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() > 2) {
				row.error(entry.getValue(), row.raw(entry.getValue()), "最多两位小数", "at most two decimals");
				complete = false;
			}
			else if (entry.getKey().nonNegative() && new BigDecimal(value.toString()).signum() < 0) {
				row.error(entry.getValue(), row.raw(entry.getValue()), "不能为负数", "must not be negative");
				complete = false;
			}
			values.put(entry.getKey(), value);
		}
		if (!complete) {
			return null;
		}
		AnnualReport report = report(year, above, values);
		List<String> violations = report.consistencyViolations();
		for (String violation : violations) {
			Column column = columnOf(violation);
			row.error(column, row.raw(column), "数据不一致:" + violation, "inconsistent: " + violation);
		}
		return violations.isEmpty() ? new Row(code, report, null) : null;
	}

	@Override
	public String key(Row row) {
		return row.creditCode().value() + "/" + row.report().year();
	}

	@Override
	public Plan<Row> plan(List<Located<Row>> rows, DataScope scope) {
		Map<String, Enterprise> registry = this.enterprises.byCreditCode();
		Set<Integer> years = new HashSet<>();
		rows.forEach((r) -> years.add(r.value().report().year()));
		Map<String, AnnualReport> stored = this.reports.ofYears(years);
		boolean enterpriseUser = scope.role() == Role.ENTERPRISE;
		ReportStatus status = enterpriseUser ? ReportStatus.SUBMITTED : ReportStatus.APPROVED;
		List<Row> created = new ArrayList<>();
		List<Row> replaced = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		int unchanged = 0;
		for (Located<Row> located : rows) {
			Row row = located.value();
			Enterprise enterprise = registry.get(row.creditCode().value());
			if (enterprise == null && !enterpriseUser) {
				located.row()
					.rowError(CREDIT_CODE, row.creditCode().value(), "企业未登记,请先导入企业名录",
							"no enterprise with this code is registered: import the registry first");
				continue;
			}
			// an enterprise user learns nothing about other codes: unknown and not theirs
			// read the same
			boolean allowed = (enterprise != null)
					&& (enterpriseUser ? Objects.equals(scope.enterpriseId(), enterprise.id())
							: scope.canEditFigures(enterprise.zoneCode()));
			if (!allowed) {
				located.row().rowError(CREDIT_CODE, row.creditCode().value(), "不在您的数据范围内", "outside your data scope");
				continue;
			}
			AnnualReport report = row.report().forEnterprise(enterprise.id()).withStatus(status);
			AnnualReport before = stored.get(enterprise.id() + "/" + report.year());
			if (before == null) {
				created.add(new Row(row.creditCode(), report, enterprise.zoneCode()));
				continue;
			}
			List<Change> differences = differences(row.creditCode().value() + " " + report.year(), before, report);
			if (differences.isEmpty() && before.status() != status) {
				// the same figures, now approved by staff (or resubmitted): the status is
				// what changes
				differences.add(new Change(row.creditCode().value() + " " + report.year(), "status",
						before.status().name(), status.name()));
			}
			if (differences.isEmpty()) {
				unchanged++;
			}
			else if (enterpriseUser && before.status() == ReportStatus.APPROVED) {
				located.row()
					.rowError(YEAR, String.valueOf(report.year()), "该年报已审核通过并锁定,如需修改请联系主管部门",
							"this report is approved and locked: ask the department to reopen it");
			}
			else {
				replaced.add(new Row(row.creditCode(), report, enterprise.zoneCode()));
				changes.addAll(differences);
			}
		}
		return new Plan<>(created, replaced, unchanged, changes);
	}

	@Override
	public void write(Plan<Row> plan, DataScope scope, String source, IntConsumer progress) {
		List<AnnualReport> replaced = plan.replaced().stream().map(Row::report).toList();
		Set<Integer> years = new HashSet<>();
		replaced.forEach((r) -> years.add(r.year()));
		Map<String, AnnualReport> before = this.reports.ofYears(years);
		this.reports.importAll(plan.created().stream().map(Row::report).toList(), replaced, before, source, progress);
	}

	@Override
	public Set<String> touched(Plan<Row> plan) {
		Set<String> touched = new java.util.TreeSet<>();
		plan.created().forEach((row) -> touched.add(row.zone() + "/" + row.report().year()));
		plan.replaced().forEach((row) -> touched.add(row.zone() + "/" + row.report().year()));
		return touched;
	}

	private static List<Change> differences(String record, AnnualReport before, AnnualReport after) {
		List<Change> changes = new ArrayList<>();
		Map<String, Object> old = AnnualReports.describe(before);
		Map<String, Object> now = AnnualReports.describe(after);
		for (String field : now.keySet()) {
			if (field.equals("status")) {
				continue;
			}
			String a = plain(old.get(field));
			String b = plain(now.get(field));
			if (!Objects.equals(a, b)) {
				changes.add(new Change(record, field, a, b));
			}
		}
		return changes;
	}

	private static String plain(Object value) {
		return (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
				: String.valueOf(value);
	}

	/**
	 * The column of the field a consistency rule names first ("R&D expense (qc236) ≤ …" →
	 * qc236).
	 */
	private static Column columnOf(String violation) {
		ReportField first = null;
		int at = Integer.MAX_VALUE;
		for (ReportField field : ReportField.values()) {
			int index = violation.indexOf("(" + field.code() + ")");
			if (index < 0 && violation.startsWith(field.code())) {
				index = 0;
			}
			if (index >= 0 && index < at) {
				at = index;
				first = field;
			}
		}
		return (first != null) ? FIELDS.get(first) : CREDIT_CODE;
	}

	private static AnnualReport report(int year, boolean above, Map<ReportField, Number> v) {
		return new AnnualReport(0, year, ReportStatus.APPROVED, above, d(v, ReportField.INDUSTRIAL_OUTPUT),
				d(v, ReportField.OPERATING_REVENUE), d(v, ReportField.TECHNOLOGY_REVENUE),
				d(v, ReportField.PRODUCT_SALES_REVENUE), d(v, ReportField.HIGH_TECH_REVENUE),
				d(v, ReportField.EXPORT_TOTAL), d(v, ReportField.EXPORT_HIGH_TECH),
				d(v, ReportField.EXPORT_TECH_SERVICES), d(v, ReportField.RD_EXPENSE),
				d(v, ReportField.RD_EXPENSE_DOMESTIC), d(v, ReportField.TOTAL_COSTS), d(v, ReportField.NET_PROFIT),
				d(v, ReportField.TAXES_PAID), d(v, ReportField.TOTAL_ASSETS), d(v, ReportField.LIABILITIES),
				d(v, ReportField.OWNERS_EQUITY), d(v, ReportField.FIXED_ASSET_INVESTMENT),
				d(v, ReportField.ENERGY_CONSUMPTION), i(v, ReportField.EMPLOYEES), i(v, ReportField.ST_STAFF),
				i(v, ReportField.RD_STAFF), i(v, ReportField.INVENTION_PATENTS_APPLIED),
				i(v, ReportField.INVENTION_PATENTS_GRANTED), i(v, ReportField.INVENTION_PATENTS_OWNED),
				i(v, ReportField.UTILITY_MODELS_OWNED), i(v, ReportField.DESIGNS_OWNED),
				i(v, ReportField.SOFTWARE_COPYRIGHTS_OWNED), i(v, ReportField.TECH_CONVERSIONS));
	}

	private static BigDecimal d(Map<ReportField, Number> values, ReportField field) {
		return ((BigDecimal) values.get(field)).setScale(2);
	}

	private static int i(Map<ReportField, Number> values, ReportField field) {
		return values.get(field).intValue();
	}

}
