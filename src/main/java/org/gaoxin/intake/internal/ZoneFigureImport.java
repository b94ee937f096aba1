package org.gaoxin.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.region.Regions;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.stereotype.Component;

/**
 * Zone annual figures, one row per zone and year, one column per figure (as defined in
 * the platform, so a new figure is a new column). A blank cell leaves the stored figure
 * as it is.
 */
@Component
class ZoneFigureImport implements KindHandler<ZoneFigureImport.Row> {

	record Row(String zone, int year, Map<String, Object> values) {
	}

	static final Column ZONE = Column.of("zone_code", "园区代码", "Zone code", ColumnType.TEXT, true);

	static final Column YEAR = Column.of("year", "年度", "Year", ColumnType.YEAR, true);

	private final ZoneFigures figures;

	private final Regions regions;

	ZoneFigureImport(ZoneFigures figures, Regions regions) {
		this.figures = figures;
		this.regions = regions;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ZONE_FIGURES;
	}

	@Override
	public List<Column> columns() {
		List<Column> columns = new ArrayList<>(List.of(ZONE, YEAR));
		for (FigureDefinition definition : this.figures.definitions()) {
			boolean flag = definition.valueType() == ValueType.BOOLEAN;
			columns.add(new Column(definition.code(), definition.nameZh(), definition.nameEn(), null,
					flag ? ColumnType.BOOLEAN : ColumnType.DECIMAL, definition.unit(), false,
					flag ? List.of("是", "否") : null));
		}
		return columns;
	}

	@Override
	public Column keyColumn() {
		return ZONE;
	}

	@Override
	public Row parse(ParsedRow row) {
		String zone = row.text(ZONE);
		Integer year = row.year(YEAR);
		Map<String, Object> values = new LinkedHashMap<>();
		boolean ok = zone != null && year != null;
		for (Column column : columns().subList(2, columns().size())) {
			if (row.blank(column)) {
				continue;
			}
			Object value = (column.type() == ColumnType.BOOLEAN) ? row.bool(column) : row.decimal(column);
			ok &= value != null;
			values.put(column.key(), value);
		}
		return ok ? new Row(zone, year, values) : null;
	}

	@Override
	public String key(Row row) {
		return row.zone() + "/" + row.year();
	}

	@Override
	public Plan<Row> plan(List<Located<Row>> rows, DataScope scope) {
		List<Row> created = new ArrayList<>();
		List<Row> replaced = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		int unchanged = 0;
		for (Located<Row> located : rows) {
			Row row = located.value();
			if (this.regions.findZone(row.zone()).isEmpty()) {
				located.row().error(ZONE, row.zone(), "园区代码不存在", "no zone with this code");
				continue;
			}
			if (!scope.canEditFigures(row.zone())) {
				located.row().error(ZONE, row.zone(), "不在您的数据范围内", "outside your data scope");
				continue;
			}
			Map<String, ZoneFigure> stored = new LinkedHashMap<>();
			this.figures.of(row.zone(), row.year()).forEach((f) -> stored.put(f.code(), f));
			boolean isNew = false;
			List<Change> differences = new ArrayList<>();
			for (Map.Entry<String, Object> entry : row.values().entrySet()) {
				ZoneFigure before = stored.get(entry.getKey());
				if (before == null || before.missing()) {
					isNew = true;
				}
				else if (!same(before, entry.getValue())) {
					differences.add(new Change(key(row), entry.getKey(), before.displayValue(),
							String.valueOf(entry.getValue())));
				}
			}
			if (!differences.isEmpty()) {
				replaced.add(row);
				changes.addAll(differences);
			}
			else if (isNew) {
				created.add(row);
			}
			else {
				unchanged++;
			}
		}
		return new Plan<>(created, replaced, unchanged, changes);
	}

	@Override
	public void write(Plan<Row> plan, DataScope scope, String source, IntConsumer progress) {
		int written = 0;
		List<Row> all = new ArrayList<>(plan.created());
		all.addAll(plan.replaced());
		for (Row row : all) {
			for (Map.Entry<String, Object> entry : row.values().entrySet()) {
				if (entry.getValue() instanceof Boolean flag) {
					this.figures.set(row.zone(), row.year(), entry.getKey(), flag, source, scope);
				}
				else {
					this.figures.set(row.zone(), row.year(), entry.getKey(), (BigDecimal) entry.getValue(), source,
							scope);
				}
			}
			progress.accept(++written);
		}
	}

	private static boolean same(ZoneFigure stored, Object value) {
		if (value instanceof Boolean flag) {
			return Objects.equals(stored.flag(), flag);
		}
		return stored.number() != null && stored.number().compareTo((BigDecimal) value) == 0;
	}

}
