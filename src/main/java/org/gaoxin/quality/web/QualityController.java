package org.gaoxin.quality.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.Severity;
import org.gaoxin.quality.internal.QualityThresholds;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.ReportingYears;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	private final MessageSource messages;

	QualityController(DataQuality quality, Regions regions, ReportingYears years, QualityThresholds thresholds,
			MessageSource messages) {
		this.quality = quality;
		this.regions = regions;
		this.years = years;
		this.thresholds = thresholds;
		this.messages = messages;
	}

	@GetMapping("/quality")
	String quality(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model, Locale locale) {
		List<Zone> zones = this.regions.readableBy(me.scope());
		if (zones.isEmpty()) {
			throw new AccessDeniedException("No zone to check");
		}
		Zone shown = (zone == null) ? zones.get(0)
				: zones.stream()
					.filter((z) -> z.code().equals(zone))
					.findFirst()
					.orElseThrow(() -> new AccessDeniedException("Zone " + zone + " is outside your scope"));
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

	@GetMapping("/quality/export.{format}")
	org.springframework.http.ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me,
			@org.springframework.web.bind.annotation.PathVariable String format, @RequestParam String zone,
			@RequestParam int year) {
		List<Finding> findings = this.quality.check(zone, year, me.scope());
		List<String> headers = List.of("类型", "级别", "统一社会信用代码", "企业名称", "指标", "年度", "上年", "本年", "单位", "说明");
		List<List<Object>> rows = findings.stream()
			.map((f) -> java.util.Arrays.<Object>asList(f.kind().name(), f.severity().name(), f.creditCode(),
					f.enterpriseName(), (f.field() != null) ? f.field().code() : null, f.year(), f.previousValue(),
					f.value(), (f.unit() != null) ? f.unit().symbolZh() : null, f.message().zh()))
			.toList();
		String name = "quality-" + zone + "-" + year;
		return "csv".equals(format)
				? org.gaoxin.shared.export.TableExport.download(name + ".csv", org.gaoxin.shared.export.TableExport.CSV,
						org.gaoxin.shared.export.TableExport.csv(headers, rows))
				: org.gaoxin.shared.export.TableExport.download(name + ".xlsx",
						org.gaoxin.shared.export.TableExport.XLSX,
						org.gaoxin.shared.export.TableExport.xlsx("数据质量", headers, rows));
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
			hints.put(kind, this.messages.getMessage("quality.hint." + kind, args.get(kind), locale));
		}
		return hints;
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
