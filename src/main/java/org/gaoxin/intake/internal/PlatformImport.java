package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

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

import org.springframework.stereotype.Component;

/**
 * R&D institutions, S&T service institutions, incubators and maker spaces, identified by
 * zone, kind and name.
 */
@Component
class PlatformImport implements KindHandler<NewPlatform> {

	static final Column ZONE = Column.of("zone_code", "园区代码", "Zone code", ColumnType.TEXT, true);

	static final Column KIND = new Column("kind", "平台类型", "Kind", null, ColumnType.CHOICE, null, true,
			Arrays.stream(PlatformKind.values()).map(PlatformKind::nameZh).toList());

	static final Column NAME = Column.of("name", "平台名称", "Name", ColumnType.TEXT, true);

	static final Column LEVEL = new Column("level", "级别", "Level", null, ColumnType.CHOICE, null, true,
			Arrays.stream(PlatformLevel.values()).map(PlatformLevel::nameZh).toList());

	static final Column ESTABLISHED = Column.of("established_year", "认定(成立)年度", "Established", ColumnType.YEAR, true);

	static final Column CLOSED = Column.of("closed_year", "撤销年度", "Closed", ColumnType.YEAR, false);

	private static final Map<String, String> KINDS = new HashMap<>();

	private static final Map<String, String> LEVELS = new HashMap<>();

	static {
		for (PlatformKind kind : PlatformKind.values()) {
			KINDS.put(kind.name(), kind.name());
			KINDS.put(kind.nameZh(), kind.name());
			KINDS.put(kind.nameEn().toUpperCase(java.util.Locale.ROOT), kind.name());
		}
		for (PlatformLevel level : PlatformLevel.values()) {
			LEVELS.put(level.name(), level.name());
			LEVELS.put(level.nameZh(), level.name());
			LEVELS.put(level.nameEn().toUpperCase(java.util.Locale.ROOT), level.name());
		}
	}

	private final Platforms platforms;

	private final Regions regions;

	PlatformImport(Platforms platforms, Regions regions) {
		this.platforms = platforms;
		this.regions = regions;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PLATFORMS;
	}

	@Override
	public List<Column> columns() {
		return List.of(ZONE, KIND, NAME, LEVEL, ESTABLISHED, CLOSED);
	}

	@Override
	public Column keyColumn() {
		return NAME;
	}

	@Override
	public NewPlatform parse(ParsedRow row) {
		String zone = row.text(ZONE);
		String kind = row.choice(KIND, KINDS);
		String name = row.text(NAME);
		String level = row.choice(LEVEL, LEVELS);
		Integer established = row.year(ESTABLISHED);
		Integer closed = row.blank(CLOSED) ? null : row.year(CLOSED);
		if (zone == null || kind == null || name == null || level == null || established == null
				|| (!row.blank(CLOSED) && closed == null)) {
			return null;
		}
		if (closed != null && closed <= established) {
			row.error(CLOSED, row.raw(CLOSED), "撤销年度应晚于认定年度", "closes after the year it was established");
			return null;
		}
		return new NewPlatform(zone, PlatformKind.valueOf(kind), name, PlatformLevel.valueOf(level), established,
				closed);
	}

	@Override
	public String key(NewPlatform platform) {
		return platform.zoneCode() + "/" + platform.kind() + "/" + platform.name();
	}

	@Override
	public Plan<NewPlatform> plan(List<Located<NewPlatform>> rows, DataScope scope) {
		Map<String, Map<String, Platform>> storedByZone = new HashMap<>();
		List<NewPlatform> created = new ArrayList<>();
		List<NewPlatform> replaced = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		int unchanged = 0;
		for (Located<NewPlatform> located : rows) {
			NewPlatform row = located.value();
			if (this.regions.findZone(row.zoneCode()).isEmpty()) {
				located.row().error(ZONE, row.zoneCode(), "园区代码不存在", "no zone with this code");
				continue;
			}
			if (!scope.canEditFigures(row.zoneCode())) {
				located.row().error(ZONE, row.zoneCode(), "不在您的数据范围内", "outside your data scope");
				continue;
			}
			Map<String, Platform> stored = storedByZone.computeIfAbsent(row.zoneCode(), (zone) -> {
				Map<String, Platform> byKey = new HashMap<>();
				this.platforms.registered(zone)
					.forEach((p) -> byKey.put(p.zoneCode() + "/" + p.kind() + "/" + p.name(), p));
				return byKey;
			});
			Platform before = stored.get(key(row));
			if (before == null) {
				created.add(row);
			}
			else if (before.level() == row.level() && before.establishedYear() == row.establishedYear()
					&& Objects.equals(before.closedYear(), row.closedYear())) {
				unchanged++;
			}
			else {
				replaced.add(row);
				changes.add(new Change(row.name(), "level/established/closed",
						before.level() + "/" + before.establishedYear() + "/" + before.closedYear(),
						row.level() + "/" + row.establishedYear() + "/" + row.closedYear()));
			}
		}
		return new Plan<>(created, replaced, unchanged, changes);
	}

	@Override
	public void write(Plan<NewPlatform> plan, DataScope scope, String source, IntConsumer progress) {
		int written = 0;
		for (NewPlatform platform : plan.created()) {
			this.platforms.register(platform);
			progress.accept(++written);
		}
		for (NewPlatform platform : plan.replaced()) {
			Platform stored = this.platforms.registered(platform.zoneCode())
				.stream()
				.filter((p) -> p.kind() == platform.kind() && p.name().equals(platform.name()))
				.findFirst()
				.orElseThrow();
			this.platforms.update(stored.id(), platform);
			progress.accept(++written);
		}
	}

}
