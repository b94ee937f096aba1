package org.gaoxin.filing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.ReportStatus;

/** Row mapper for the enterprise_report table. */
public final class ReportRows {

	private ReportRows() {
	}

	public static AnnualReport report(ResultSet rs, int row) throws SQLException {
		return new AnnualReport(rs.getLong("enterprise_id"), rs.getInt("report_year"),
				ReportStatus.valueOf(rs.getString("status")), rs.getBoolean("above_designated_size"),
				rs.getBigDecimal("industrial_output"), rs.getBigDecimal("operating_revenue"),
				rs.getBigDecimal("technology_revenue"), rs.getBigDecimal("product_sales_revenue"),
				rs.getBigDecimal("high_tech_revenue"), rs.getBigDecimal("export_total"),
				rs.getBigDecimal("export_high_tech"), rs.getBigDecimal("export_tech_services"),
				rs.getBigDecimal("rd_expense"), rs.getBigDecimal("rd_expense_domestic"),
				rs.getBigDecimal("total_costs"), rs.getBigDecimal("net_profit"), rs.getBigDecimal("taxes_paid"),
				rs.getBigDecimal("total_assets"), rs.getBigDecimal("liabilities"), rs.getBigDecimal("owners_equity"),
				rs.getBigDecimal("fixed_asset_investment"), rs.getBigDecimal("energy_consumption"),
				rs.getInt("employees"), rs.getInt("st_staff"), rs.getInt("rd_staff"),
				rs.getInt("invention_patents_applied"), rs.getInt("invention_patents_granted"),
				rs.getInt("invention_patents_owned"), rs.getInt("utility_models_owned"), rs.getInt("designs_owned"),
				rs.getInt("software_copyrights_owned"), rs.getInt("tech_conversions"));
	}

}
