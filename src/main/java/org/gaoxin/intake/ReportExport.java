package org.gaoxin.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportField;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A zone's annual reports of a year as a table in the import's own columns, so an export
 * re-imports as it is.
 */
@Service
public class ReportExport {

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final Imports imports;

	ReportExport(Enterprises enterprises, AnnualReports reports, Imports imports) {
		this.enterprises = enterprises;
		this.reports = reports;
		this.imports = imports;
	}

	public List<String> headers() {
		return this.imports.columns(ImportKind.ANNUAL_REPORTS).stream().map(Column::header).toList();
	}

	@Transactional(readOnly = true)
	public List<List<Object>> rows(String zoneCode, int year, DataScope scope) {
		if (!scope.canReadZone(zoneCode)) {
			throw new AccessDeniedException("Zone " + zoneCode + " is outside your scope");
		}
		Map<Long, List<AnnualReport>> byEnterprise = this.reports.inZone(zoneCode, year, year);
		List<List<Object>> rows = new ArrayList<>();
		for (Enterprise enterprise : this.enterprises.inZone(zoneCode, scope)) {
			for (AnnualReport report : byEnterprise.getOrDefault(enterprise.id(), List.of())) {
				List<Object> row = new ArrayList<>();
				row.add(enterprise.creditCode());
				row.add(report.year());
				row.add(report.aboveDesignatedSize());
				for (Column column : this.imports.columns(ImportKind.ANNUAL_REPORTS).subList(3, headers().size())) {
					row.add(ReportField.byColumn(column.key()).orElseThrow().valueIn(report));
				}
				rows.add(row);
			}
		}
		return rows;
	}

}
