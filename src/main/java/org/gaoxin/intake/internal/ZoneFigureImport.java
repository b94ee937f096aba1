package org.gaoxin.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.Choice;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.region.Regions;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;

import org.springframework.stereotype.Component;

/**
 * Zone annual figures, one row per zone and year, one column per figure (as defined in
 * the platform, so a new figure is a new column, in its own unit). A blank cell leaves
 * the stored figure as it is. Looked up and written a batch of rows at a time.
 */
@Component
class ZoneFigureImport implements KindHandler<ZoneFigureImport.Row> {

	record Row(String zone, int year, Map<String, Object> values) {
	}

	private final Column zone;

	private final Column year;

	private final Columns columns;

	private final ZoneFigures figures;

	private final Regions regions;

	ZoneFigureImport(Columns columns, ZoneFigures figures, Regions regions) {
		this.columns = columns;
		this.figures = figures;
		this.regions = regions;
		this.zone = columns.zone();
		this.year = columns.year();
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ZONE_FIGURES;
	}

	private volatile List<Column> cached;

	/** The figures are defined in the database, read once. */
	@Override
	public List<Column> columns() {
		List<Column> known = this.cached;
		if (known == null) {
			known = define();
			this.cached = known;
		}
		return known;
	}

	private List<Column> define() {
		List<Column> all = new ArrayList<>(List.of(this.zone, this.year));
		for (FigureDefinition definition : this.figures.definitions()) {
			LocalizedText name = new LocalizedText(definition.nameZh(), definition.nameEn());
			if (definition.valueType() == ValueType.BOOLEAN) {
				all.add(new Column(definition.code(), name, null, ColumnType.BOOLEAN, null, false,
						this.columns.yesNoChoices(), false));
			}
			else {
				all.add(new Column(definition.code(), name, null, ColumnType.DECIMAL, definition.unit(), false,
						List.<Choice>of(), false));
			}
		}
		return List.copyOf(all);
	}

	@Override
	public Column keyColumn() {
		return this.zone;
	}

	@Override
	public Row parse(ParsedRow row) {
		String zoneCode = row.text(this.zone);
		Integer figureYear = row.year(this.year);
		Map<String, Object> values = new LinkedHashMap<>();
		for (Column column : columns().subList(2, columns().size())) {
			if (!row.blank(column)) {
				Object value = (column.type() == ColumnType.BOOLEAN) ? row.bool(column) : row.decimal(column);
				if (value != null) {
					values.put(column.key(), value);
				}
			}
		}
		return (row.failed() || zoneCode == null || figureYear == null) ? null : new Row(zoneCode, figureYear, values);
	}

	@Override
	public String key(Row row) {
		return row.zone() + "/" + row.year();
	}

	@Override
	public List<Decision<Row>> plan(List<Located<Row>> rows, DataScope scope) {
		Set<String> known = this.regions.codes();
		Map<String, ZoneFigure> stored = this.figures.stored(rows.stream().map((r) -> r.value().zone()).toList(),
				rows.stream().map((r) -> r.value().year()).toList());
		List<Decision<Row>> decisions = new ArrayList<>();
		Map<String, FigureDefinition> definitions = new java.util.HashMap<>();
		this.figures.definitions().forEach((d) -> definitions.put(d.code(), d));
		for (Located<Row> located : rows) {
			Row row = located.value();
			if (!known.contains(row.zone())) {
				located.row().error(this.zone, row.zone(), Message.of("intake.error.noSuchZone"));
				continue;
			}
			if (!scope.canEditFigures(row.zone())) {
				located.row().error(this.zone, row.zone(), Message.of("intake.error.outsideScope"));
				continue;
			}
			if (outOfRange(located, row, definitions)) {
				continue;
			}
			boolean isNew = false;
			List<Change> changes = new ArrayList<>();
			Message name = Message.of("intake.change.record.zoneYear", zoneName(row.zone()), row.year());
			for (Map.Entry<String, Object> entry : row.values().entrySet()) {
				ZoneFigure before = stored.get(key(row) + "/" + entry.getKey());
				if (before == null || before.missing()) {
					isNew = true;
				}
				else if (!same(before, entry.getValue())) {
					changes.add(Change.value(key(row), name, entry.getKey(), column(entry.getKey()),
							(before.flag() != null) ? before.flag() : before.number(), entry.getValue()));
				}
			}
			decisions.add((changes.isEmpty() && isNew) ? Decision.create(located, row)
					: Decision.replaceOrKeep(located, row, changes));
		}
		return decisions;
	}

	private LocalizedText zoneName(String code) {
		return this.regions.findZone(code)
			.map((zone) -> new LocalizedText(zone.nameZh(), zone.nameEn()))
			.orElseGet(() -> new LocalizedText(code, code));
	}

	private Column column(String key) {
		return columns().stream().filter((c) -> c.key().equals(key)).findFirst().orElseThrow();
	}

	/**
	 * A value the figure cannot hold (a negative GDP, more digits than the column keeps)
	 * is an error at its cell, by the same rule the figures form applies.
	 */
	private boolean outOfRange(Located<Row> located, Row row, Map<String, FigureDefinition> definitions) {
		boolean refused = false;
		for (Map.Entry<String, Object> entry : row.values().entrySet()) {
			FigureDefinition definition = definitions.get(entry.getKey());
			if (definition != null && entry.getValue() instanceof BigDecimal number && !definition.accepts(number)) {
				try {
					definition.check(entry.getKey(), number);
				}
				catch (org.gaoxin.shared.InputRefused ex) {
					Column column = columns().stream()
						.filter((c) -> c.key().equals(entry.getKey()))
						.findFirst()
						.orElse(this.zone);
					located.row().error(column, number.toString(), ex.text());
					refused = true;
				}
			}
		}
		return refused;
	}

	@Override
	public void write(List<Decision<Row>> decisions, DataScope scope, String source) {
		List<ZoneFigures.FigureValue> values = new ArrayList<>();
		for (Decision<Row> decision : decisions) {
			if (decision.action() == Action.UNCHANGED) {
				continue;
			}
			Row row = decision.value();
			row.values()
				.forEach((code,
						value) -> values.add(new ZoneFigures.FigureValue(row.zone(), row.year(), code,
								(value instanceof BigDecimal number) ? number : null,
								(value instanceof Boolean flag) ? flag : null)));
		}
		if (!values.isEmpty()) {
			this.figures.writeAll(values, source, scope);
		}
	}

	@Override
	public Set<String> touched(Row row) {
		return Set.of(key(row));
	}

	private static boolean same(ZoneFigure stored, Object value) {
		if (value instanceof Boolean flag) {
			return Objects.equals(stored.flag(), flag);
		}
		return stored.number() != null && stored.number().compareTo((BigDecimal) value) == 0;
	}

}
