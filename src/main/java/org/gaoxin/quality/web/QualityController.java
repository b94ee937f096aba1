package org.gaoxin.quality.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.Severity;
import org.gaoxin.quality.internal.QualityThresholds;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The data-quality page: a zone-year's findings by kind, each linked to its record. */
@Controller
class QualityController {

	private static final String VIEW = "quality/page";

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final BigDecimal THOUSAND = new BigDecimal("1000");

	private final DataQuality quality;

	private final Regions regions;

	private final ReportingYears years;

	private final QualityThresholds thresholds;

	private final Texts texts;

	QualityController(DataQuality quality, Regions regions, ReportingYears years, QualityThresholds thresholds,
			Texts texts) {
		this.quality = quality;
		this.regions = regions;
		this.years = years;
		this.thresholds = thresholds;
		this.texts = texts;
	}

	@GetMapping("/quality")
	String quality(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model, Locale locale) {
		List<Zone> zones = this.regions.readableBy(me.scope());
		if (zones.isEmpty()) {
			throw new AccessDeniedException("No zone to check");
		}
		Zone shown = (zone == null) ? zones.get(0) : this.regions.readable(zone, me.scope());
		int shownYear = (year != null) ? year : this.years.defaultYear();
		List<Finding> findings = this.quality.check(shown.code(), shownYear, me.scope());
		Map<FindingKind, List<Finding>> byKind = new EnumMap<>(FindingKind.class);
		for (FindingKind kind : FindingKind.values()) {
			byKind.put(kind, findings.stream().filter((f) -> f.kind() == kind).toList());
		}
		model.addAttribute("zones", zones);
		model.addAttribute("zone", shown);
		model.addAttribute("year", shownYear);
		List<Integer> reportYears = new ArrayList<>(this.years.reportYears(shown.code()));
		Collections.reverse(reportYears);
		model.addAttribute("years", reportYears);
		model.addAttribute("findings", findings);
		model.addAttribute("byKind", byKind);
		model.addAttribute("errors", findings.stream().filter((f) -> f.severity() == Severity.ERROR).count());
		model.addAttribute("hints", hints(locale));
		return VIEW;
	}

	/** The findings as a spreadsheet in the reader's language. */
	@GetMapping("/quality/export.{format}")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String format,
			@RequestParam String zone, @RequestParam int year, Locale locale) {
		List<Finding> findings = this.quality.check(zone, year, me.scope());
		List<String> headers = Stream
			.of("kind", "severity", "creditCode", "enterprise", "field", "year", "previous", "value", "unit", "message")
			.map((column) -> this.texts.get("quality.export." + column, locale))
			.toList();
		List<List<Object>> rows = findings.stream()
			.map((f) -> Arrays.<Object>asList(this.texts.label(f.kind(), locale),
					this.texts.label(f.severity(), locale), f.creditCode(), f.enterpriseName(),
					(f.field() != null) ? f.field().label().in(locale) : null, f.year(), f.previousValue(), f.value(),
					(f.unit() != null) ? this.texts.label(f.unit(), locale) : null,
					this.texts.render(f.message(), locale)))
			.toList();
		String name = "quality-" + zone + "-" + year;
		return "csv".equals(format)
				? TableExport.download(name + ".csv", TableExport.CSV, TableExport.csv(headers, rows))
				: TableExport.download(name + ".xlsx", TableExport.XLSX,
						TableExport.xlsx(this.texts.get("quality.title", locale), headers, rows));
	}

	/** What each kind checks, with the configured thresholds in the text. */
	private Map<FindingKind, String> hints(Locale locale) {
		QualityThresholds t = this.thresholds;
		Map<FindingKind, Object[]> args = Map.of(FindingKind.YEAR_OVER_YEAR_JUMP,
				new Object[] { plain(t.jumpFactor()), plain(t.severeJumpFactor()) }, FindingKind.IMPLAUSIBLE_RATIO,
				new Object[] { plain(t.maxRdShareOfRevenue().multiply(HUNDRED)),
						plain(t.maxTaxShareOfRevenue().multiply(HUNDRED)),
						plain(t.minRevenuePerEmployeeYuan().divide(THOUSAND)),
						plain(t.maxRevenuePerEmployeeYuan().divide(THOUSAND)) });
		Map<FindingKind, String> hints = new EnumMap<>(FindingKind.class);
		for (FindingKind kind : FindingKind.values()) {
			hints.put(kind, this.texts.get("quality.hint." + kind, locale, args.getOrDefault(kind, new Object[0])));
		}
		return hints;
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
