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
				count(rs, "employees"), count(rs, "st_staff"), count(rs, "rd_staff"),
				count(rs, "invention_patents_applied"), count(rs, "invention_patents_granted"),
				count(rs, "invention_patents_owned"), count(rs, "utility_models_owned"), count(rs, "designs_owned"),
				count(rs, "software_copyrights_owned"), count(rs, "tech_conversions"));
	}

	/** A count left blank in a draft is null, never 0. */
	private static Integer count(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
