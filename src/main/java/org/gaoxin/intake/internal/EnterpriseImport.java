package org.gaoxin.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.chain.Chains;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.Message;

import org.springframework.stereotype.Component;

/**
 * The enterprise registry: new enterprises are registered, changed ones updated field by
 * field (audited). A blank optional cell keeps what a registered enterprise has. The
 * qualification columns an export adds are informational and ignored.
 */
@Component
class EnterpriseImport implements KindHandler<EnterpriseImport.Row> {

	/**
	 * A registry row, which optional cells were blank, and once planned the stored
	 * enterprise it updates.
	 */
	record Row(NewEnterprise enterprise, boolean fieldBlank, boolean strategicBlank, boolean chainBlank,
			Enterprise stored) {
	}

	final Column creditCode;

	final Column name;

	final Column zone;

	final Column industry;

	final Column field;

	final Column registered;

	final Column aboveSize;

	final Column strategic;

	final Column chain;

	final Column link;

	final Column highTech;

	final Column techSme;

	private final RegistryBulk registry;

	private final Regions regions;

	private final Chains chains;

	EnterpriseImport(Columns columns, RegistryBulk registry, Regions regions, Chains chains) {
		this.registry = registry;
		this.regions = regions;
		this.chains = chains;
		this.creditCode = columns.creditCode();
		this.name = columns.named("name", ColumnType.TEXT, true);
		this.zone = columns.zone();
		this.industry = columns.named("industry", ColumnType.TEXT, true);
		this.field = columns.choice("tech_field", HighTechField.class, false);
		this.registered = columns.named("registration_date", ColumnType.DATE, true);
		this.aboveSize = columns.yesNo("above_designated_size", true);
		this.strategic = columns.yesNo("strategic_emerging", false);
		this.chain = columns.named("chain_code", ColumnType.TEXT, false);
		this.link = columns.named("chain_link_code", ColumnType.TEXT, false);
		this.highTech = columns.yesNo("high_tech_in_year", false).asInformational();
		this.techSme = columns.yesNo("tech_sme_in_year", false).asInformational();
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISES;
	}

	@Override
	public List<Column> columns() {
		return List.of(this.creditCode, this.name, this.zone, this.industry, this.field, this.registered,
				this.aboveSize, this.strategic, this.chain, this.link, this.highTech, this.techSme);
	}

	@Override
	public Column keyColumn() {
		return this.creditCode;
	}

	@Override
	public Row parse(ParsedRow row) {
		CreditCode code = row.creditCode(this.creditCode);
		String enterpriseName = row.text(this.name);
		String zoneCode = row.text(this.zone);
		String industryName = row.text(this.industry);
		String techField = row.choice(this.field);
		LocalDate date = row.date(this.registered);
		Boolean above = row.bool(this.aboveSize);
		Boolean strategicEmerging = row.bool(this.strategic);
		String chainCode = row.blank(this.chain) ? null : row.text(this.chain);
		String linkCode = row.blank(this.link) ? null : row.text(this.link);
		if (linkCode != null && chainCode == null && !row.blank(this.link)) {
			row.error(this.link, linkCode, Message.of("intake.error.linkWithoutChain"));
		}
		if (row.failed() || code == null || enterpriseName == null || zoneCode == null || industryName == null
				|| date == null || above == null || strategicEmerging == null) {
			return null;
		}
		return new Row(
				new NewEnterprise(code, enterpriseName, zoneCode, industryName,
						(techField != null) ? HighTechField.valueOf(techField) : null, date, above, strategicEmerging,
						chainCode, linkCode),
				row.blank(this.field), row.blank(this.strategic), row.blank(this.chain), null);
	}

	@Override
	public String key(Row row) {
		return row.enterprise().creditCode().value();
	}

	@Override
	public List<Decision<Row>> plan(List<Located<Row>> rows, DataScope scope) {
		List<String> codes = rows.stream().map((r) -> key(r.value())).toList();
		Map<String, Enterprise> visible = this.registry.visible(codes, scope);
		Set<String> taken = this.registry.registered(codes);
		Map<String, Zone> zones = new HashMap<>();
		this.regions.zones().forEach((z) -> zones.put(z.code(), z));
		Map<String, List<Chain>> chainsByZone = new HashMap<>();
		List<Decision<Row>> decisions = new ArrayList<>();
		for (Located<Row> located : rows) {
			Row row = located.value();
			NewEnterprise enterprise = row.enterprise();
			if (!zones.containsKey(enterprise.zoneCode())) {
				located.row().error(this.zone, enterprise.zoneCode(), Message.of("intake.error.noSuchZone"));
				continue;
			}
			if (!scope.canEditFigures(enterprise.zoneCode())) {
				located.row().error(this.zone, enterprise.zoneCode(), Message.of("intake.error.outsideScope"));
				continue;
			}
			Enterprise stored = visible.get(key(row));
			if (stored == null && taken.contains(key(row))
					|| stored != null && !scope.canEditFigures(stored.zoneCode())) {
				// registered where the caller may not change it: said as for any other
				// zone
				located.row().error(this.creditCode, key(row), Message.of("intake.error.outsideScope"));
				continue;
			}
			NewEnterprise merged = (stored != null) ? keepStoredWhereBlank(row, stored) : enterprise;
			if (!chainKnown(located, merged, chainsByZone)) {
				continue;
			}
			if (stored == null) {
				decisions.add(Decision.create(located, new Row(merged, false, false, false, null)));
				continue;
			}
			Map<String, Object> before = Enterprises.describe(stored);
			Map<String, Object> after = Enterprises.describe(merged);
			List<Change> changes = new ArrayList<>();
			Message name = Message.of("intake.change.record.enterprise", stored.name(), key(row));
			after.forEach((field, value) -> {
				if (!Objects.equals(String.valueOf(before.get(field)), String.valueOf(value))) {
					changes.add(Change.value(key(row), name, field, column(field), before.get(field), value));
				}
			});
			decisions.add(Decision.replaceOrKeep(located, new Row(merged, false, false, false, stored), changes));
		}
		return decisions;
	}

	@Override
	public void write(List<Decision<Row>> decisions, DataScope scope, String source) {
		List<NewEnterprise> created = decisions.stream()
			.filter((d) -> d.action() == Action.CREATE)
			.map((d) -> d.value().enterprise())
			.toList();
		this.registry.registerAll(created, source, scope);
		List<RegistryBulk.Update> updates = decisions.stream()
			.filter((d) -> d.action() == Action.REPLACE)
			.map((d) -> new RegistryBulk.Update(d.value().stored(), d.value().enterprise()))
			.toList();
		if (!updates.isEmpty()) {
			this.registry.updateAll(updates, scope);
		}
	}

	/** The column of a value {@link Enterprises#describe} names. */
	private Column column(String described) {
		return switch (described) {
			case "name" -> this.name;
			case "zone" -> this.zone;
			case "industry" -> this.industry;
			case "techField" -> this.field;
			case "registrationDate" -> this.registered;
			case "aboveDesignatedSize" -> this.aboveSize;
			case "strategicEmerging" -> this.strategic;
			case "chain" -> this.chain;
			case "chainLink" -> this.link;
			default -> throw new IllegalArgumentException("No column for " + described);
		};
	}

	/** A chain must be one of the zone's, a link one of its chain's. */
	private boolean chainKnown(Located<Row> located, NewEnterprise enterprise, Map<String, List<Chain>> byZone) {
		if (enterprise.chainCode() == null) {
			return true;
		}
		List<Chain> chainsOfZone = byZone.computeIfAbsent(enterprise.zoneCode(), this.chains::inZone);
		Chain chain = chainsOfZone.stream()
			.filter((c) -> c.code().equals(enterprise.chainCode()))
			.findFirst()
			.orElse(null);
		if (chain == null) {
			located.row().error(this.chain, enterprise.chainCode(), Message.of("intake.error.noSuchChain"));
			return false;
		}
		if (enterprise.chainLinkCode() != null
				&& chain.links().stream().map(ChainLink::code).noneMatch(enterprise.chainLinkCode()::equals)) {
			located.row().error(this.link, enterprise.chainLinkCode(), Message.of("intake.error.noSuchLink"));
			return false;
		}
		return true;
	}

	private static NewEnterprise keepStoredWhereBlank(Row row, Enterprise stored) {
		NewEnterprise e = row.enterprise();
		return new NewEnterprise(e.creditCode(), e.name(), e.zoneCode(), e.industry(),
				row.fieldBlank() ? stored.techField() : e.techField(), e.registrationDate(), e.aboveDesignatedSize(),
				row.strategicBlank() ? stored.strategicEmerging() : e.strategicEmerging(),
				row.chainBlank() ? stored.chainCode() : e.chainCode(),
				row.chainBlank() ? stored.chainLinkCode() : e.chainLinkCode());
	}

}
