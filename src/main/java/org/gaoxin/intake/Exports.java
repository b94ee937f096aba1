package org.gaoxin.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.EnterpriseSummary;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportField;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports that import again: each writes its kind's own columns, headers in the reader's
 * language, yes/no and choices as labels, so that export → edit one cell → import shows
 * exactly that one change.
 */
@Service
public class Exports {

	private final Imports imports;

	private final ColumnHeaders headers;

	private final Texts texts;

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final ZoneFigures figures;

	Exports(Imports imports, ColumnHeaders headers, Texts texts, Enterprises enterprises, AnnualReports reports,
			ZoneFigures figures) {
		this.imports = imports;
		this.headers = headers;
		this.texts = texts;
		this.enterprises = enterprises;
		this.reports = reports;
		this.figures = figures;
	}

	public List<String> headers(ImportKind kind, Locale locale) {
		return this.imports.columns(kind).stream().map((c) -> this.headers.header(c, locale)).toList();
	}

	/**
	 * The registry as the list page filters it, with the year's qualifications for
	 * reference.
	 */
	@Transactional(readOnly = true)
	public Table enterprises(EnterpriseSearch search, DataScope scope, Locale locale) {
		List<String> headers = new ArrayList<>(headers(ImportKind.ENTERPRISES, locale));
		int informational = 2;
		for (int i = headers.size() - informational; i < headers.size(); i++) {
			headers.set(i, headers.get(i) + "(" + search.year() + ")");
		}
		List<List<Object>> rows = new ArrayList<>();
		for (int page = 0;; page++) {
			Page<EnterpriseSummary> result = this.enterprises.search(search, scope,
					new PageRequest(page, PageRequest.MAX_SIZE));
			for (EnterpriseSummary e : result.items()) {
				rows.add(Arrays.asList(e.creditCode(), e.name(), e.zoneCode(), e.industry(),
						(e.techField() != null) ? this.texts.label(e.techField(), locale) : null, e.registrationDate(),
						yesNo(e.aboveDesignatedSize(), locale), yesNo(e.strategicEmerging(), locale), e.chainCode(),
						e.chainLinkCode(), yesNo(e.highTechInYear(), locale), yesNo(e.techSmeInYear(), locale)));
			}
			if (!result.hasNext()) {
				break;
			}
		}
		return new Table(this.texts.label(ImportKind.ENTERPRISES, locale), headers, rows);
	}

	/** A zone's annual reports of a year, in the import's columns. */
	@Transactional(readOnly = true)
	public Table reports(String zoneCode, int year, DataScope scope, Locale locale) {
		Map<Long, List<AnnualReport>> byEnterprise = this.reports.inZone(zoneCode, year, year, scope);
		List<List<Object>> rows = new ArrayList<>();
		for (Enterprise enterprise : this.enterprises.inZone(zoneCode, scope)) {
			for (AnnualReport report : byEnterprise.getOrDefault(enterprise.id(), List.of())) {
				List<Object> row = new ArrayList<>();
				row.add(enterprise.creditCode());
				row.add(report.year());
				row.add(yesNo(report.aboveDesignatedSize(), locale));
				for (ReportField field : ReportField.values()) {
					row.add(field.valueIn(report));
				}
				rows.add(row);
			}
		}
		return new Table(this.texts.label(ImportKind.ANNUAL_REPORTS, locale),
				headers(ImportKind.ANNUAL_REPORTS, locale), rows);
	}

	/**
	 * A zone's figures of a year: one row, a column per figure, as the import reads them.
	 */
	@Transactional(readOnly = true)
	public Table zoneFigures(String zoneCode, int year, DataScope scope, Locale locale) {
		List<Object> row = new ArrayList<>(List.of(zoneCode, year));
		for (ZoneFigure figure : this.figures.of(zoneCode, year, scope)) {
			BigDecimal number = figure.number();
			row.add((figure.flag() != null) ? yesNo(figure.flag(), locale) : number);
		}
		return new Table(this.texts.label(ImportKind.ZONE_FIGURES, locale), headers(ImportKind.ZONE_FIGURES, locale),
				List.of(row));
	}

	private String yesNo(boolean value, Locale locale) {
		return this.texts.get(value ? "common.yes" : "common.no", locale);
	}

}
