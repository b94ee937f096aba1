package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * The enterprise registry: new enterprises are registered, changed ones updated field by
 * field (audited).
 */
@Component
class EnterpriseImport implements KindHandler<EnterpriseImport.Row> {

	/**
	 * A registry row, and which optional cells were left blank: for a registered
	 * enterprise, blank keeps what is stored.
	 */
	record Row(NewEnterprise enterprise, boolean fieldBlank, boolean strategicBlank, boolean chainBlank) {
	}

	static final Column CREDIT_CODE = ReportImport.CREDIT_CODE;

	static final Column NAME = Column.of("name", "企业名称", "Name", ColumnType.TEXT, true);

	static final Column ZONE = Column.of("zone_code", "园区代码", "Zone code", ColumnType.TEXT, true);

	static final Column INDUSTRY = Column.of("industry", "行业", "Industry", ColumnType.TEXT, true);

	static final Column REGISTERED = Column.of("registration_date", "成立日期", "Registration date", ColumnType.DATE, true);

	static final Column ABOVE_SIZE = new Column("above_designated_size", "规上企业", "Above designated size", null,
			ColumnType.BOOLEAN, Unit.YES_NO, true, List.of("是", "否"));

	static final Column STRATEGIC = new Column("strategic_emerging", "战略性新兴产业", "Strategic emerging industry", null,
			ColumnType.BOOLEAN, Unit.YES_NO, false, List.of("是", "否"));

	static final Column CHAIN = Column.of("chain_code", "产业链代码", "Chain code", ColumnType.TEXT, false);

	static final Column LINK = Column.of("chain_link_code", "链条环节代码", "Chain link code", ColumnType.TEXT, false);

	private final Map<String, String> fields = new HashMap<>();

	private final Column field;

	private final Enterprises enterprises;

	private final Regions regions;

	EnterpriseImport(Enterprises enterprises, Regions regions, Texts texts) {
		this.enterprises = enterprises;
		this.regions = regions;
		for (HighTechField value : HighTechField.values()) {
			this.fields.put(value.name(), value.name());
			texts.labels(value).forEach((label) -> this.fields.put(label.toUpperCase(Locale.ROOT), value.name()));
		}
		this.field = new Column("tech_field", "技术领域", "Technology field", null, ColumnType.CHOICE, null, false,
				Arrays.stream(HighTechField.values()).map((value) -> texts.label(value, Texts.CHINESE)).toList());
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISES;
	}

	@Override
	public List<Column> columns() {
		return List.of(CREDIT_CODE, NAME, ZONE, INDUSTRY, this.field, REGISTERED, ABOVE_SIZE, STRATEGIC, CHAIN, LINK);
	}

	@Override
	public Column keyColumn() {
		return CREDIT_CODE;
	}

	@Override
	public Row parse(ParsedRow row) {
		CreditCode code = row.creditCode(CREDIT_CODE);
		String name = row.text(NAME);
		String zone = row.text(ZONE);
		String industry = row.text(INDUSTRY);
		String field = row.choice(this.field, this.fields);
		var registered = row.date(REGISTERED);
		Boolean above = row.bool(ABOVE_SIZE);
		Boolean strategic = row.bool(STRATEGIC);
		String chain = row.blank(CHAIN) ? null : row.text(CHAIN);
		String link = row.blank(LINK) ? null : row.text(LINK);
		if (link != null && chain == null) {
			row.error(LINK, link, "填写环节时须填写产业链", "a chain link needs its chain");
			return null;
		}
		if (code == null || name == null || zone == null || industry == null || registered == null || above == null
				|| strategic == null || (!row.blank(this.field) && field == null)) {
			return null;
		}
		return new Row(
				new NewEnterprise(code, name, zone, industry, (field != null) ? HighTechField.valueOf(field) : null,
						registered, above, strategic, chain, link),
				row.blank(this.field), row.blank(STRATEGIC), row.blank(CHAIN));
	}

	@Override
	public String key(Row row) {
		return row.enterprise().creditCode().value();
	}

	@Override
	public Plan<Row> plan(List<Located<Row>> rows, DataScope scope) {
		Map<String, Enterprise> registry = this.enterprises.byCreditCode();
		Map<String, Zone> zones = new HashMap<>();
		this.regions.zones().forEach((z) -> zones.put(z.code(), z));
		List<Row> created = new ArrayList<>();
		List<Row> replaced = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		int unchanged = 0;
		for (Located<Row> located : rows) {
			NewEnterprise row = located.value().enterprise();
			if (!zones.containsKey(row.zoneCode())) {
				located.row().error(ZONE, row.zoneCode(), "园区代码不存在", "no zone with this code");
				continue;
			}
			if (!scope.canEditFigures(row.zoneCode())) {
				located.row().error(ZONE, row.zoneCode(), "不在您的数据范围内", "outside your data scope");
				continue;
			}
			Enterprise stored = registry.get(row.creditCode().value());
			if (stored == null) {
				created.add(located.value());
				continue;
			}
			if (!scope.canEditFigures(stored.zoneCode())) {
				located.row().error(CREDIT_CODE, row.creditCode().value(), "该企业已在其他园区登记", "registered in another zone");
				continue;
			}
			Map<String, Object> before = Enterprises
				.describe(new NewEnterprise(row.creditCode(), stored.name(), stored.zoneCode(), stored.industry(),
						stored.techField(), stored.registrationDate(), stored.aboveDesignatedSize(),
						stored.strategicEmerging(), stored.chainCode(), stored.chainLinkCode()));
			NewEnterprise merged = keepStoredWhereBlank(located.value(), stored);
			Map<String, Object> after = Enterprises.describe(merged);
			List<Change> differences = new ArrayList<>();
			after.forEach((key, value) -> {
				if (!Objects.equals(String.valueOf(before.get(key)), String.valueOf(value))) {
					differences.add(new Change(row.creditCode().value(), key, String.valueOf(before.get(key)),
							String.valueOf(value)));
				}
			});
			if (differences.isEmpty()) {
				unchanged++;
			}
			else {
				replaced.add(new Row(merged, false, false, false));
				changes.addAll(differences);
			}
		}
		return new Plan<>(created, replaced, unchanged, changes);
	}

	private static NewEnterprise keepStoredWhereBlank(Row row, Enterprise stored) {
		NewEnterprise e = row.enterprise();
		return new NewEnterprise(e.creditCode(), e.name(), e.zoneCode(), e.industry(),
				row.fieldBlank() ? stored.techField() : e.techField(), e.registrationDate(), e.aboveDesignatedSize(),
				row.strategicBlank() ? stored.strategicEmerging() : e.strategicEmerging(),
				row.chainBlank() ? stored.chainCode() : e.chainCode(),
				row.chainBlank() ? stored.chainLinkCode() : e.chainLinkCode());
	}

	@Override
	public void write(Plan<Row> plan, DataScope scope, String source, IntConsumer progress) {
		if (!plan.created().isEmpty()) {
			this.enterprises.registerAll(plan.created().stream().map(Row::enterprise).toList(), source);
		}
		progress.accept(plan.created().size());
		Map<String, Enterprise> registry = this.enterprises.byCreditCode();
		int written = plan.created().size();
		for (Row row : plan.replaced()) {
			NewEnterprise changed = row.enterprise();
			this.enterprises.update(registry.get(changed.creditCode().value()).id(), changed);
			progress.accept(++written);
		}
	}

}
