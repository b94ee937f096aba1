package org.gaoxin.filing;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;

/**
 * The reported figures of an {@link AnnualReport}: Torch survey code (where the survey
 * has one), database column, names and unit. Imports accept the code, either name, or the
 * key as a column header.
 */
public enum ReportField {

	INDUSTRIAL_OUTPUT("qc02", "industrial_output", "工业总产值", "Industrial output", Unit.THOUSAND_YUAN,
			AnnualReport::industrialOutput),
	OPERATING_REVENUE("qc05_0", "operating_revenue", "营业收入", "Operating revenue", Unit.THOUSAND_YUAN,
			AnnualReport::operatingRevenue),
	TECHNOLOGY_REVENUE("qc06", "technology_revenue", "技术收入", "Technology revenue", Unit.THOUSAND_YUAN,
			AnnualReport::technologyRevenue),
	PRODUCT_SALES_REVENUE("qc07", "product_sales_revenue", "产品销售收入", "Product sales revenue", Unit.THOUSAND_YUAN,
			AnnualReport::productSalesRevenue),
	HIGH_TECH_REVENUE("qc09", "high_tech_revenue", "高新技术产品(服务)收入", "High-tech product revenue", Unit.THOUSAND_YUAN,
			AnnualReport::highTechRevenue),
	EXPORT_TOTAL("qc11", "export_total", "出口总额", "Exports", Unit.THOUSAND_YUAN, AnnualReport::exportTotal),
	EXPORT_HIGH_TECH("qc38", "export_high_tech", "高新技术产品出口额", "High-tech product exports", Unit.THOUSAND_YUAN,
			AnnualReport::exportHighTech),
	EXPORT_TECH_SERVICES("qc11_1", "export_tech_services", "技术服务出口额", "Technology service exports", Unit.THOUSAND_YUAN,
			AnnualReport::exportTechServices),
	RD_EXPENSE("qc236", "rd_expense", "研究开发费用", "R&D expense", Unit.THOUSAND_YUAN, AnnualReport::rdExpense),
	RD_EXPENSE_DOMESTIC(null, "rd_expense_domestic", "境内研究开发费用", "R&D expense incurred in China", Unit.THOUSAND_YUAN,
			AnnualReport::rdExpenseDomestic),
	TOTAL_COSTS(null, "total_costs", "成本费用总额", "Total costs and expenses", Unit.THOUSAND_YUAN,
			AnnualReport::totalCosts),
	NET_PROFIT("qc12", "net_profit", "净利润", "Net profit", Unit.THOUSAND_YUAN, AnnualReport::netProfit),
	TAXES_PAID("qc13", "taxes_paid", "上缴税费", "Taxes paid", Unit.THOUSAND_YUAN, AnnualReport::taxesPaid),
	TOTAL_ASSETS("qc24", "total_assets", "资产总计", "Total assets", Unit.THOUSAND_YUAN, AnnualReport::totalAssets),
	LIABILITIES("qc31", "liabilities", "负债合计", "Liabilities", Unit.THOUSAND_YUAN, AnnualReport::liabilities),
	OWNERS_EQUITY("qc33", "owners_equity", "所有者权益", "Owners' equity", Unit.THOUSAND_YUAN, AnnualReport::ownersEquity),
	FIXED_ASSET_INVESTMENT("qc40", "fixed_asset_investment", "固定资产投资额", "Fixed-asset investment", Unit.THOUSAND_YUAN,
			AnnualReport::fixedAssetInvestment),
	ENERGY_CONSUMPTION("qc41", "energy_consumption", "综合能源消费量", "Energy use", Unit.TCE,
			AnnualReport::energyConsumption),
	EMPLOYEES("qd01", "employees", "年末从业人员", "Employees", Unit.PERSONS, AnnualReport::employees),
	ST_STAFF(null, "st_staff", "科技人员", "S&T staff", Unit.PERSONS, AnnualReport::stStaff),
	RD_STAFF(null, "rd_staff", "研发人员", "R&D staff", Unit.PERSONS, AnnualReport::rdStaff),
	INVENTION_PATENTS_APPLIED(null, "invention_patents_applied", "发明专利申请数", "Invention patents applied", Unit.ITEMS,
			AnnualReport::inventionPatentsApplied),
	INVENTION_PATENTS_GRANTED(null, "invention_patents_granted", "发明专利授权数", "Invention patents granted", Unit.ITEMS,
			AnnualReport::inventionPatentsGranted),
	INVENTION_PATENTS_OWNED(null, "invention_patents_owned", "有效发明专利数", "Invention patents owned", Unit.ITEMS,
			AnnualReport::inventionPatentsOwned),
	UTILITY_MODELS_OWNED(null, "utility_models_owned", "有效实用新型专利数", "Utility models owned", Unit.ITEMS,
			AnnualReport::utilityModelsOwned),
	DESIGNS_OWNED(null, "designs_owned", "有效外观设计专利数", "Designs owned", Unit.ITEMS, AnnualReport::designsOwned),
	SOFTWARE_COPYRIGHTS_OWNED(null, "software_copyrights_owned", "软件著作权数", "Software copyrights owned", Unit.ITEMS,
			AnnualReport::softwareCopyrightsOwned),
	TECH_CONVERSIONS(null, "tech_conversions", "科技成果转化数", "S&T results converted", Unit.ITEMS,
			AnnualReport::techConversions);

	private final String torchCode;

	private final String column;

	private final LocalizedText label;

	private final Unit unit;

	private final Function<AnnualReport, Number> accessor;

	ReportField(String torchCode, String column, String nameZh, String nameEn, Unit unit,
			Function<AnnualReport, Number> accessor) {
		this.torchCode = torchCode;
		this.column = column;
		this.label = new LocalizedText(nameZh, nameEn);
		this.unit = unit;
		this.accessor = accessor;
	}

	/** The Torch survey code where the survey has one, otherwise the column key. */
	public String code() {
		return (this.torchCode != null) ? this.torchCode : this.column;
	}

	public Optional<String> torchCode() {
		return Optional.ofNullable(this.torchCode);
	}

	public String column() {
		return this.column;
	}

	/** The field's name as the survey and the forms give it. */
	public LocalizedText label() {
		return this.label;
	}

	public Unit unit() {
		return this.unit;
	}

	public boolean nonNegative() {
		return this != NET_PROFIT && this != OWNERS_EQUITY;
	}

	/** People and IP items are counted; amounts and energy may have decimals. */
	public boolean wholeNumber() {
		return this.unit == Unit.PERSONS || this.unit == Unit.ITEMS;
	}

	public Number valueIn(AnnualReport report) {
		return this.accessor.apply(report);
	}

	public static Optional<ReportField> byColumn(String column) {
		return Arrays.stream(values()).filter((field) -> field.column.equals(column)).findFirst();
	}

}
