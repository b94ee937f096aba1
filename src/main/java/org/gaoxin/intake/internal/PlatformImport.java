package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.platform.NewPlatform;
import org.gaoxin.platform.Platform;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.platform.Platforms;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.Message;

import org.springframework.stereotype.Component;

/**
 * R&D institutions, S&T service institutions, incubators and maker spaces, identified by
 * zone, kind and name. The zone's registered platforms are read once per batch.
 */
@Component
class PlatformImport implements KindHandler<PlatformImport.Row> {

	/** A row; once planned, the stored platform it changes. */
	record Row(NewPlatform platform, Platform stored) {
	}

	private final Column zone;

	private final Column kindColumn;

	private final Column name;

	private final Column level;

	private final Column established;

	private final Column closed;

	private final Platforms platforms;

	private final Regions regions;

	PlatformImport(Columns columns, Platforms platforms, Regions regions) {
		this.platforms = platforms;
		this.regions = regions;
		this.zone = columns.zone();
		this.kindColumn = columns.choice("kind", PlatformKind.class, true);
		this.name = columns.named("name", "platform_name", ColumnType.TEXT, true);
		this.level = columns.choice("level", PlatformLevel.class, true);
		this.established = columns.named("established_year", ColumnType.YEAR, true);
		this.closed = columns.named("closed_year", ColumnType.YEAR, false);
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PLATFORMS;
	}

	@Override
	public List<Column> columns() {
		return List.of(this.zone, this.kindColumn, this.name, this.level, this.established, this.closed);
	}

	@Override
	public Column keyColumn() {
		return this.name;
	}

	@Override
	public Row parse(ParsedRow row) {
		String zoneCode = row.text(this.zone);
		String kind = row.choice(this.kindColumn);
		String platformName = row.text(this.name);
		String levelCode = row.choice(this.level);
		Integer from = row.year(this.established);
		Integer until = row.blank(this.closed) ? null : row.year(this.closed);
		if (row.failed() || zoneCode == null || kind == null || platformName == null || levelCode == null
				|| from == null) {
			return null;
		}
		if (until != null && until <= from) {
			return row.error(this.closed, row.raw(this.closed), Message.of("intake.error.closesBeforeEstablished"));
		}
		return new Row(new NewPlatform(zoneCode, PlatformKind.valueOf(kind), platformName,
				PlatformLevel.valueOf(levelCode), from, until), null);
	}

	@Override
	public String key(Row row) {
		NewPlatform p = row.platform();
		return p.zoneCode() + "/" + p.kind() + "/" + p.name();
	}

	@Override
	public List<Decision<Row>> plan(List<Located<Row>> rows, DataScope scope) {
		Set<String> known = this.regions.codes();
		Map<String, Map<String, Platform>> storedByZone = new HashMap<>();
		List<Decision<Row>> decisions = new ArrayList<>();
		for (Located<Row> located : rows) {
			NewPlatform row = located.value().platform();
			if (!known.contains(row.zoneCode())) {
				located.row().error(this.zone, row.zoneCode(), Message.of("intake.error.noSuchZone"));
				continue;
			}
			if (!scope.canEditFigures(row.zoneCode())) {
				located.row().error(this.zone, row.zoneCode(), Message.of("intake.error.outsideScope"));
				continue;
			}
			Map<String, Platform> stored = storedByZone.computeIfAbsent(row.zoneCode(), (zoneCode) -> {
				Map<String, Platform> byKey = new LinkedHashMap<>();
				this.platforms.registered(zoneCode)
					.forEach((p) -> byKey.put(p.zoneCode() + "/" + p.kind() + "/" + p.name(), p));
				return byKey;
			});
			Platform before = stored.get(key(located.value()));
			if (before == null) {
				decisions.add(Decision.create(located, located.value()));
				continue;
			}
			List<Change> changes = new ArrayList<>();
			Message name = Message.of("intake.change.record.platform", row.name(), row.kind());
			compare(changes, row.name(), name, this.level, before.level(), row.level());
			compare(changes, row.name(), name, this.established, before.establishedYear(), row.establishedYear());
			compare(changes, row.name(), name, this.closed, before.closedYear(), row.closedYear());
			decisions.add(Decision.replaceOrKeep(located, new Row(row, before), changes));
		}
		return decisions;
	}

	@Override
	public void write(List<Decision<Row>> decisions, DataScope scope, String source) {
		List<NewPlatform> created = decisions.stream()
			.filter((d) -> d.action() == Action.CREATE)
			.map((d) -> d.value().platform())
			.toList();
		if (!created.isEmpty()) {
			this.platforms.registerAll(created);
		}
		Map<Platform, NewPlatform> changed = new LinkedHashMap<>();
		decisions.stream()
			.filter((d) -> d.action() == Action.REPLACE)
			.forEach((d) -> changed.put(d.value().stored(), d.value().platform()));
		if (!changed.isEmpty()) {
			this.platforms.updateAll(changed);
		}
	}

	private static void compare(List<Change> changes, String record, Message name, Column column, Object before,
			Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(Change.value(record, name, column.key(), column, before, after));
		}
	}

}
