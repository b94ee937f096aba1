package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.intake.Column;
import org.gaoxin.shared.Message;

/**
 * Issued documents with a number: high-tech certificates and tech-SME registrations. A
 * number already recorded with the same content is left as it is; recorded with other
 * content it is an error, never silently changed.
 */
abstract class NumberedImport implements KindHandler<NumberedImport.Numbered> {

	/** A row: whose document, its number and year; once planned, the enterprise's id. */
	record Numbered(CreditCode creditCode, String number, int year, long enterpriseId) {
	}

	/** What is recorded under a number: whose and for which year. */
	record Recorded(long enterpriseId, int year) {
	}

	final Column creditCode;

	final RegistryBulk registry;

	NumberedImport(Columns columns, RegistryBulk registry) {
		this.creditCode = columns.creditCode();
		this.registry = registry;
	}

	abstract Column numberColumn();

	abstract Column yearColumn();

	abstract Map<String, Recorded> recorded(List<String> numbers);

	@Override
	public List<Column> columns() {
		return List.of(this.creditCode, numberColumn(), yearColumn());
	}

	@Override
	public Column keyColumn() {
		return numberColumn();
	}

	@Override
	public Numbered parse(ParsedRow row) {
		CreditCode code = row.creditCode(this.creditCode);
		String number = row.text(numberColumn());
		Integer year = row.year(yearColumn());
		return (code == null || number == null || year == null) ? null : new Numbered(code, number, year, 0);
	}

	@Override
	public String key(Numbered record) {
		return record.number();
	}

	@Override
	public List<Decision<Numbered>> plan(List<Located<Numbered>> rows, DataScope scope) {
		Map<String, Enterprise> visible = this.registry
			.visible(rows.stream().map((r) -> r.value().creditCode().value()).toList(), scope);
		Map<String, Recorded> numbers = recorded(rows.stream().map((r) -> r.value().number()).toList());
		List<Decision<Numbered>> decisions = new ArrayList<>();
		for (Located<Numbered> located : rows) {
			Numbered row = located.value();
			Enterprise enterprise = visible.get(row.creditCode().value());
			if (enterprise == null || !scope.canEditFigures(enterprise.zoneCode())) {
				located.row()
					.error(this.creditCode, row.creditCode().value(), Message.of("intake.error.noSuchEnterprise"));
				continue;
			}
			Numbered planned = new Numbered(row.creditCode(), row.number(), row.year(), enterprise.id());
			Recorded stored = numbers.get(row.number());
			if (stored == null) {
				decisions.add(Decision.create(located, planned));
			}
			else if (stored.enterpriseId() == enterprise.id() && stored.year() == row.year()) {
				decisions.add(Decision.replaceOrKeep(located, planned, List.of()));
			}
			else {
				located.row().error(numberColumn(), row.number(), Message.of("intake.error.numberTaken"));
			}
		}
		return decisions;
	}

	static List<Numbered> created(List<Decision<Numbered>> decisions) {
		return decisions.stream().filter((d) -> d.action() == Action.CREATE).map(Decision::value).toList();
	}

}
