package org.gaoxin.intake.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.filing.ReportField;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.web.Texts;

/**
 * The values of a template's example row: realistic and valid in every column, so that a
 * clerk who copies its shape writes a row the import takes. A report's figures agree with
 * each other (revenue above R&D, assets equal to liabilities plus equity); codes are the
 * reader's own zone, chain and link; texts are in the template's language.
 *
 * @param zoneCode the reader's zone, or null when the reader has none to name
 * @param chainCode a chain of that zone, or null
 * @param linkCode a link of that chain, or null
 * @param year the latest complete year (the example's report year)
 */
public record ExampleRow(String zoneCode, String chainCode, String linkCode, int year) {

	/** An enterprise the example rows of every kind agree on. */
	static final String CREDIT_CODE = CreditCode.withCheckCharacter("91500243MA60TKAB1").value();

	/**
	 * Thousand yuan, persons and items of one plausible enterprise: revenue 12,000, R&D
	 * 600 (5 %), assets 20,000 = liabilities 8,000 + equity 12,000.
	 */
	private static final Map<ReportField, String> FIGURES = new EnumMap<>(Map.ofEntries(
			Map.entry(ReportField.INDUSTRIAL_OUTPUT, "10000"), Map.entry(ReportField.OPERATING_REVENUE, "12000"),
			Map.entry(ReportField.TECHNOLOGY_REVENUE, "500"), Map.entry(ReportField.PRODUCT_SALES_REVENUE, "11000"),
			Map.entry(ReportField.HIGH_TECH_REVENUE, "6000"), Map.entry(ReportField.EXPORT_TOTAL, "1000"),
			Map.entry(ReportField.EXPORT_HIGH_TECH, "400"), Map.entry(ReportField.EXPORT_TECH_SERVICES, "100"),
			Map.entry(ReportField.RD_EXPENSE, "600"), Map.entry(ReportField.RD_EXPENSE_DOMESTIC, "600"),
			Map.entry(ReportField.TOTAL_COSTS, "11000"), Map.entry(ReportField.NET_PROFIT, "800"),
			Map.entry(ReportField.TAXES_PAID, "500"), Map.entry(ReportField.TOTAL_ASSETS, "20000"),
			Map.entry(ReportField.LIABILITIES, "8000"), Map.entry(ReportField.OWNERS_EQUITY, "12000"),
			Map.entry(ReportField.FIXED_ASSET_INVESTMENT, "700"), Map.entry(ReportField.ENERGY_CONSUMPTION, "300"),
			Map.entry(ReportField.EMPLOYEES, "100"), Map.entry(ReportField.ST_STAFF, "20"),
			Map.entry(ReportField.RD_STAFF, "15"), Map.entry(ReportField.INVENTION_PATENTS_APPLIED, "3"),
			Map.entry(ReportField.INVENTION_PATENTS_GRANTED, "1"), Map.entry(ReportField.INVENTION_PATENTS_OWNED, "5"),
			Map.entry(ReportField.UTILITY_MODELS_OWNED, "6"), Map.entry(ReportField.DESIGNS_OWNED, "1"),
			Map.entry(ReportField.SOFTWARE_COPYRIGHTS_OWNED, "4"), Map.entry(ReportField.TECH_CONVERSIONS, "2")));

	/** A zone's figures in their units, of the size a county-level zone has. */
	private static final Map<Unit, String> BY_UNIT = new EnumMap<>(Map.ofEntries(Map.entry(Unit.YI_YUAN, "85.6"),
			Map.entry(Unit.WAN_YUAN, "12500"), Map.entry(Unit.WAN_USD, "3200"), Map.entry(Unit.THOUSAND_YUAN, "5000"),
			Map.entry(Unit.KM2, "12.5"), Map.entry(Unit.PERSONS, "1200"), Map.entry(Unit.ENTERPRISES, "45"),
			Map.entry(Unit.INSTITUTIONS, "6"), Map.entry(Unit.PROJECTS, "8"), Map.entry(Unit.ITEMS, "120"),
			Map.entry(Unit.PERCENT, "3.2"), Map.entry(Unit.TCE, "52000"), Map.entry(Unit.TCE_PER_WAN_YUAN, "0.45"),
			Map.entry(Unit.SCORE, "85")));

	/** The example of a column of a kind of import, as it is typed into the cell. */
	String value(ImportKind kind, Column column, Locale locale, Texts texts) {
		if (kind == ImportKind.PLATFORMS && column.key().equals("name")) {
			return texts.get("intake.template.example.platformName", locale);
		}
		if (kind == ImportKind.PLATFORMS && column.key().equals("kind") && !column.choices().isEmpty()) {
			// an R&D institution, as the example's name says
			return column.choices().get(0).label().in(locale);
		}
		String fixed = switch (column.key()) {
			case "credit_code" -> CREDIT_CODE;
			case "zone_code" -> this.zoneCode;
			case "chain_code" -> this.chainCode;
			case "chain_link_code" -> (this.chainCode != null) ? this.linkCode : null;
			case "year" -> String.valueOf(this.year);
			case "issue_year" -> String.valueOf(this.year - 1);
			case "established_year" -> String.valueOf(this.year - 5);
			case "closed_year" -> String.valueOf(this.year);
			case "registration_date" -> "2015-03-01";
			case "name", "industry", "certificate_no", "registration_no" ->
				texts.get("intake.template.example." + column.key(), locale);
			default -> null;
		};
		if (fixed != null || isCode(column.key())) {
			return (fixed != null) ? fixed : "";
		}
		if (!column.choices().isEmpty()) {
			return column.choices().get(column.choices().size() > 1 ? 1 : 0).label().in(locale);
		}
		String figure = ReportField.byColumn(column.key()).map(FIGURES::get).orElse(null);
		if (figure != null) {
			return figure;
		}
		return switch (column.type()) {
			case INTEGER -> "12";
			case DECIMAL -> BY_UNIT.getOrDefault(column.unit(), "12.5");
			case YEAR -> String.valueOf(this.year);
			case DATE -> "2015-03-01";
			default -> texts.get("intake.template.exampleText", locale);
		};
	}

	private static boolean isCode(String key) {
		return key.equals("zone_code") || key.equals("chain_code") || key.equals("chain_link_code");
	}

}
