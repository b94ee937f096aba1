package org.gaoxin.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.ReportField;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnHeaders;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.Imports;
import org.gaoxin.platform.NewPlatform;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.statistics.ZoneFigure;

/**
 * A generated zone as import files: one per import kind, in the columns, headers and
 * value words (是/否, labels) of the downloadable templates, so the office's import reads
 * them as they are. Reports of every year in one file.
 */
final class ProvinceFiles {

	private final Imports imports;

	private final ColumnHeaders headers;

	private final Texts texts;

	private final Path folder;

	private final boolean xlsx;

	private final Locale locale;

	ProvinceFiles(Imports imports, ColumnHeaders headers, Texts texts, Path folder, boolean xlsx, Locale locale) {
		this.imports = imports;
		this.headers = headers;
		this.texts = texts;
		this.folder = folder;
		this.xlsx = xlsx;
		this.locale = locale;
	}

	/** Writes the zone's files under {@code folder/<zone>/}; returns how many rows. */
	long write(SyntheticZone zone, List<ZoneFigure> figures, List<NewPlatform> platforms) {
		String code = zone.profile().zoneCode();
		List<Map<String, Object>> enterprises = new ArrayList<>();
		for (NewEnterprise e : zone.enterprises()) {
			Map<String, Object> row = new HashMap<>();
			row.put("credit_code", e.creditCode().value());
			row.put("name", e.name());
			row.put("zone_code", e.zoneCode());
			row.put("industry", e.industry());
			row.put("tech_field", (e.techField() != null) ? this.texts.label(e.techField(), this.locale) : null);
			row.put("registration_date", e.registrationDate());
			row.put("above_designated_size", yesNo(e.aboveDesignatedSize()));
			row.put("strategic_emerging", yesNo(e.strategicEmerging()));
			row.put("chain_code", e.chainCode());
			row.put("chain_link_code", e.chainLinkCode());
			enterprises.add(row);
		}
		List<Map<String, Object>> reports = new ArrayList<>();
		for (AnnualReport r : zone.reports()) {
			Map<String, Object> row = new HashMap<>();
			row.put("credit_code", zone.enterprises().get((int) r.enterpriseId()).creditCode().value());
			row.put("year", r.year());
			row.put("above_designated_size", yesNo(r.aboveDesignatedSize()));
			for (ReportField field : ReportField.values()) {
				row.put(field.column(), field.valueIn(r));
			}
			reports.add(row);
		}
		List<Map<String, Object>> certificates = new ArrayList<>();
		int n = 0;
		for (SyntheticZone.Certificate c : zone.certificates()) {
			certificates.add(Map.of("credit_code", zone.enterprises().get(c.enterprise()).creditCode().value(),
					"certificate_no", "GR" + c.issueYear() + zone.profile().divisionCode() + String.format("%06d", ++n),
					"issue_year", c.issueYear()));
		}
		List<Map<String, Object>> registrations = new ArrayList<>();
		n = 0;
		for (SyntheticZone.Registration r : zone.registrations()) {
			registrations.add(Map.of("credit_code", zone.enterprises().get(r.enterprise()).creditCode().value(),
					"registration_no", r.year() + zone.profile().divisionCode() + "A" + String.format("%06d", ++n),
					"year", r.year()));
		}
		Map<Integer, Map<String, Object>> figureRows = new java.util.TreeMap<>();
		for (ZoneFigure figure : figures) {
			Map<String, Object> row = figureRows.computeIfAbsent(figure.year(), (year) -> {
				Map<String, Object> fresh = new HashMap<>();
				fresh.put("zone_code", code);
				fresh.put("year", year);
				return fresh;
			});
			BigDecimal number = figure.number();
			row.put(figure.code(), (figure.flag() != null) ? yesNo(figure.flag()) : number);
		}
		List<Map<String, Object>> platformRows = new ArrayList<>();
		for (NewPlatform p : platforms) {
			Map<String, Object> row = new HashMap<>();
			row.put("zone_code", p.zoneCode());
			row.put("kind", this.texts.label(p.kind(), this.locale));
			row.put("name", p.name());
			row.put("level", this.texts.label(p.level(), this.locale));
			row.put("established_year", p.establishedYear());
			row.put("closed_year", p.closedYear());
			platformRows.add(row);
		}
		Path zoneFolder = this.folder.resolve(code);
		file(zoneFolder, ImportKind.ENTERPRISES, enterprises);
		file(zoneFolder, ImportKind.ANNUAL_REPORTS, reports);
		file(zoneFolder, ImportKind.CERTIFICATES, certificates);
		file(zoneFolder, ImportKind.TECH_SME_REGISTRATIONS, registrations);
		file(zoneFolder, ImportKind.ZONE_FIGURES, new ArrayList<>(figureRows.values()));
		file(zoneFolder, ImportKind.PLATFORMS, platformRows);
		return enterprises.size() + reports.size() + certificates.size() + registrations.size() + figureRows.size()
				+ platformRows.size();
	}

	private void file(Path zoneFolder, ImportKind kind, List<Map<String, Object>> records) {
		List<Column> columns = this.imports.columns(kind).stream().filter((c) -> !c.informational()).toList();
		List<String> names = columns.stream().map((c) -> this.headers.header(c, this.locale)).toList();
		List<List<Object>> rows = new ArrayList<>(records.size());
		for (Map<String, Object> record : records) {
			List<Object> row = new ArrayList<>(columns.size());
			columns.forEach((c) -> row.add(record.get(c.key())));
			rows.add(row);
		}
		try {
			Files.createDirectories(zoneFolder);
			String name = kind.slug() + (this.xlsx ? ".xlsx" : ".csv");
			Files.write(zoneFolder.resolve(name),
					this.xlsx ? TableExport.xlsx(this.texts.label(kind, this.locale), names, rows)
							: TableExport.csv(names, rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String yesNo(boolean value) {
		return this.texts.get(value ? "common.yes" : "common.no", this.locale);
	}

}
