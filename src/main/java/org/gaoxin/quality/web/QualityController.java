package org.gaoxin.quality.web;

import java.math.BigDecimal;
import java.util.Arrays;
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
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
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

	private final ZoneChoices choices;

	private final QualityThresholds thresholds;

	private final Texts texts;

	QualityController(DataQuality quality, ZoneChoices choices, QualityThresholds thresholds, Texts texts) {
		this.quality = quality;
		this.choices = choices;
		this.thresholds = thresholds;
		this.texts = texts;
	}

	@GetMapping("/quality")
	String quality(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model, Locale locale) {
		ZoneYear choice = this.choices.choose(me, zone, year)
			.orElseThrow(() -> new AccessDeniedException("No zone to check"));
		Zone shown = choice.zone();
		int shownYear = choice.year();
		List<Finding> findings = this.quality.check(shown.code(), shownYear, me.scope());
		Map<FindingKind, List<Finding>> byKind = new EnumMap<>(FindingKind.class);
		for (FindingKind kind : FindingKind.values()) {
			byKind.put(kind, findings.stream().filter((f) -> f.kind() == kind).toList());
		}
		model.addAttribute("choice", choice);
		model.addAttribute("zones", choice.zones());
		model.addAttribute("zone", shown);
		model.addAttribute("year", shownYear);
		model.addAttribute("years", choice.years());
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
