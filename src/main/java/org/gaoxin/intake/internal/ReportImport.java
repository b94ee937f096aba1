package org.gaoxin.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportViolation;
import org.gaoxin.filing.bulk.ReportBulk;
import org.gaoxin.filing.bulk.ReportKey;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.shared.Message;

import org.springframework.stereotype.Component;

/**
 * Enterprise annual reports in the Torch survey's shape. Staff imports are approved
 * figures; an enterprise user's import is its own submission, awaiting approval, and
 * cannot touch an approved report.
 */
@Component
class ReportImport implements KindHandler<ReportImport.Row>, StagedCreations<ReportImport.Row> {

	/**
	 * A parsed row; once planned, the enterprise it belongs to and the report stored
	 * before.
	 */
	record Row(CreditCode creditCode, AnnualReport report, Enterprise enterprise, AnnualReport before) {
	}

	/** Amounts are stored with two decimals. */
	static final int AMOUNT_SCALE = 2;

	/**
	 * Codes looked up by one query: a list of bound values is matched by comparing each
	 * found row with every value again, so a long list costs its length squared.
	 */
	static final int LOOKUP = 100;

	private final Column creditCode;

	private final Column year;

	private final Column aboveSize;

	private final Map<ReportField, Column> fields = new EnumMap<>(ReportField.class);

	private final List<Column> columns = new ArrayList<>();

	private final RegistryBulk registry;

	private final ReportBulk reports;

	private final StagedReports staged;

	ReportImport(Columns columns, RegistryBulk registry, ReportBulk reports, StagedReports staged) {
		this.registry = registry;
		this.reports = reports;
		this.staged = staged;
		this.creditCode = columns.creditCode();
		this.year = columns.year();
		this.aboveSize = columns.yesNo("above_designated_size", true);
		this.columns.addAll(List.of(this.creditCode, this.year, this.aboveSize));
		for (ReportField field : ReportField.values()) {
			Column column = new Column(field.column(), field.label(), field.torchCode().orElse(null),
					field.wholeNumber() ? ColumnType.INTEGER : ColumnType.DECIMAL, field.unit(), true, List.of(),
					false);
			this.fields.put(field, column);
			this.columns.add(column);
		}
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ANNUAL_REPORTS;
	}

	@Override
	public List<Column> columns() {
		return this.columns;
	}

	@Override
	public Column keyColumn() {
		return this.creditCode;
	}

	@Override
	public Row parse(ParsedRow row) {
		CreditCode code = row.creditCode(this.creditCode);
		Integer year = row.year(this.year);
		Boolean above = row.bool(this.aboveSize);
		Map<ReportField, Number> values = new EnumMap<>(ReportField.class);
		for (Map.Entry<ReportField, Column> entry : this.fields.entrySet()) {
			ReportField field = entry.getKey();
			Column column = entry.getValue();
			Number value = field.wholeNumber() ? row.integer(column) : row.decimal(column, AMOUNT_SCALE);
			if (value != null && field.nonNegative() && new BigDecimal(value.toString()).signum() < 0) {
				row.error(column, row.raw(column), Message.of("workflow.rule." + ReportViolation.NON_NEGATIVE));
				value = null;
			}
			if (value != null) {
				values.put(field, value);
			}
		}
		if (row.failed() || code == null || year == null || above == null) {
			return null;
		}
		AnnualReport report = AnnualReport.of(0, year, ReportStatus.APPROVED, above, values);
		for (ReportViolation violation : report.violations()) {
			Column column = this.fields.get(violation.field());
			row.error(column, row.raw(column), Message.of("workflow.rule." + violation.rule()));
		}
		return row.failed() ? null : new Row(code, report, null, null);
	}

	@Override
	public String key(Row row) {
		return row.creditCode().value() + "/" + row.report().year();
	}

	@Override
	public List<Decision<Row>> plan(List<Located<Row>> rows, DataScope scope) {
		Map<String, Enterprise> visible = new HashMap<>();
		Map<ReportKey, AnnualReport> stored = new HashMap<>();
		for (int from = 0; from < rows.size(); from += LOOKUP) {
			List<Located<Row>> slice = rows.subList(from, Math.min(from + LOOKUP, rows.size()));
			Map<String, Enterprise> found = this.registry
				.visible(slice.stream().map((r) -> r.value().creditCode().value()).toList(), scope);
			List<ReportKey> keys = new ArrayList<>();
			for (Located<Row> row : slice) {
				Enterprise enterprise = found.get(row.value().creditCode().value());
				if (enterprise != null) {
					keys.add(new ReportKey(enterprise.id(), row.value().report().year()));
				}
			}
			visible.putAll(found);
			stored.putAll(this.reports.stored(keys, scope));
		}
		List<Decision<Row>> decisions = new ArrayList<>();
		for (Located<Row> located : rows) {
			Row row = located.value();
			Enterprise enterprise = visible.get(row.creditCode().value());
			if (enterprise == null) {
				// unknown and outside the caller's scope read the same: nothing is told
				// of other zones
				located.row()
					.error(this.creditCode, row.creditCode().value(), Message.of("intake.error.noSuchEnterprise"));
				continue;
			}
			AnnualReport before = stored.get(new ReportKey(enterprise.id(), row.report().year()));
			Optional<Message> refusal = this.reports.refusal(enterprise.id(), enterprise.zoneCode(), before, scope);
			if (refusal.isPresent()) {
				located.row()
					.error((before != null && before.status().locked()) ? this.year : this.creditCode,
							row.creditCode().value(), refusal.get());
				continue;
			}
			ReportStatus status = this.reports.importedStatus(scope, before);
			AnnualReport report = row.report().forEnterprise(enterprise.id()).withStatus(status);
			Row planned = new Row(row.creditCode(), report, enterprise, before);
			if (before == null) {
				decisions.add(Decision.create(located, planned));
				continue;
			}
			String record = row.creditCode().value() + " " + report.year();
			Message name = Message.of("intake.change.record.report", enterprise.name(), row.creditCode().value(),
					report.year());
			List<Change> changes = differences(record, name, before, report);
			boolean approvedAsItIs = changes.isEmpty() && before.status().locked();
			if (!approvedAsItIs && before.status() != status) {
				// the same figures now approved by staff (or resubmitted), or changed
				// approved figures that await a second reviewer: the status changes
				changes.add(Change.status(record, name, before.status(), status));
			}
			decisions.add(Decision.replaceOrKeep(located, planned, changes));
		}
		return decisions;
	}

	@Override
	public void write(List<Decision<Row>> decisions, DataScope scope, String source) {
		this.reports.fileAll(
				decisions.stream().filter((d) -> d.action() == Action.CREATE).map((d) -> d.value().report()).toList(),
				source, scope);
		List<ReportBulk.Replacement> replaced = decisions.stream()
			.filter((d) -> d.action() == Action.REPLACE)
			.map((d) -> new ReportBulk.Replacement(d.value().before(), d.value().report()))
			.toList();
		if (!replaced.isEmpty()) {
			this.reports.replaceAll(replaced, source, scope);
		}
	}

	@Override
	public void stage(UUID job, List<Decision<Row>> created) {
		this.staged.insert(job,
				created.stream()
					.map((d) -> new StagedReports.Staged(d.row().row().row(), d.value().enterprise().zoneCode(),
							d.value().report()))
					.toList());
	}

	@Override
	public void writeStaged(UUID job, int expected, DataScope scope, String source) {
		this.reports.fileSelected(StagedReports.SELECT, this.staged.params(job), expected, source, scope);
	}

	@Override
	public Set<String> touchedStaged(UUID job) {
		return this.staged.zoneYears(job);
	}

	@Override
	public Set<String> touched(Row row) {
		return Set.of(row.enterprise().zoneCode() + "/" + row.report().year());
	}

	/**
	 * Every value that differs, named by its column (the report's fields by their names).
	 */
	private List<Change> differences(String record, Message name, AnnualReport before, AnnualReport after) {
		List<Change> changes = new ArrayList<>();
		Map<String, Object> old = new LinkedHashMap<>(AnnualReports.describe(before));
		Map<String, Object> now = AnnualReports.describe(after);
		for (String field : now.keySet()) {
			Column column = byKey(field);
			if (column == null) {
				// the status, told apart (see plan)
				continue;
			}
			String a = plain(old.get(field));
			String b = plain(now.get(field));
			if (!Objects.equals(a, b)) {
				changes.add(Change.value(record, name, field, column, old.get(field), now.get(field)));
			}
		}
		return changes;
	}

	/** The column of a stored value: a field by its code, or the above-size flag. */
	private Column byKey(String key) {
		if (key.equals(this.aboveSize.key())) {
			return this.aboveSize;
		}
		return Arrays.stream(ReportField.values())
			.filter((field) -> field.code().equals(key))
			.findFirst()
			.map(this.fields::get)
			.orElse(null);
	}

	static String plain(Object value) {
		return (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
				: String.valueOf(value);
	}

}
