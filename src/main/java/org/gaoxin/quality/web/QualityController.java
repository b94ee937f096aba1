package org.gaoxin.quality.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKey;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.FindingReviews;
import org.gaoxin.quality.FindingStatus;
import org.gaoxin.quality.Severity;
import org.gaoxin.quality.internal.QualityThresholds;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.PageLinks;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-quality page: a zone-year's findings, counted by kind and status, filtered and
 * paged, each linked to its record and settled by the zone's staff.
 */
@Controller
class QualityController {

	private static final String VIEW = "quality/page";

	/** Findings a page shows; a zone-year has about a hundred. */
	static final int PAGE_SIZE = 50;

	/**
	 * Where a status form may send the user back to: this list, as its links encode it.
	 */
	private static final Pattern BACK = Pattern.compile("/quality(\\?[A-Za-z0-9%&=._+-]*)?");

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final BigDecimal THOUSAND = new BigDecimal("1000");

	private final DataQuality quality;

	private final ZoneChoices choices;

	private final QualityThresholds thresholds;

	private final Texts texts;

	private final FindingReviews reviews;

	private final Clock clock;

	QualityController(DataQuality quality, ZoneChoices choices, QualityThresholds thresholds, Texts texts,
			FindingReviews reviews, Clock clock) {
		this.quality = quality;
		this.choices = choices;
		this.reviews = reviews;
		this.clock = clock;
		this.thresholds = thresholds;
		this.texts = texts;
	}

	@GetMapping("/quality")
	String quality(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, QualityFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ZoneYear choice = this.choices.choose(me, zone, year)
			.orElseThrow(() -> new AccessDeniedException("No zone to check"));
		Zone shown = choice.zone();
		int shownYear = choice.year();
		List<Finding> findings = this.quality.check(shown.code(), shownYear, me.scope());
		List<Finding> selected = findings.stream().filter(filter::test).toList();
		Page<Finding> result = page(selected, page);
		Map<String, Object> parameters = filter.parameters(shown.code(), shownYear);
		model.addAttribute("choice", choice);
		model.addAttribute("zones", choice.zones());
		model.addAttribute("zone", shown);
		model.addAttribute("year", shownYear);
		model.addAttribute("years", choice.years());
		model.addAttribute("findings", findings);
		model.addAttribute("byKind", count(findings, Finding::kind, FindingKind.class));
		model.addAttribute("byStatus", count(findings, (f) -> f.review().status(), FindingStatus.class));
		model.addAttribute("errors", findings.stream().filter((f) -> f.severity() == Severity.ERROR).count());
		model.addAttribute("filter", filter);
		model.addAttribute("result", result);
		model.addAttribute("pages", PageLinks.of(result, "/quality", parameters));
		model.addAttribute("back", PageLinks.href("/quality", withPage(parameters, result.page())));
		model.addAttribute("exportXlsx", PageLinks.href("/quality/export.xlsx", parameters));
		model.addAttribute("exportCsv", PageLinks.href("/quality/export.csv", parameters));
		model.addAttribute("kinds", FindingKind.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("statuses", FindingStatus.values());
		model.addAttribute("canReview", me.scope().canReviewReports(shown.code()));
		model.addAttribute("maxComment", FindingReviews.MAX_COMMENT_LENGTH);
		model.addAttribute("hints", hints(locale));
		return VIEW;
	}

	/**
	 * Zone staff record a finding's status; back to the list as it was filtered and
	 * paged.
	 */
	@PostMapping("/quality/review")
	String review(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam FindingKind kind, @RequestParam long enterpriseId,
			@RequestParam(required = false) ReportField field, @RequestParam(required = false) FindingStatus status,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String back,
			RedirectAttributes redirect, Locale locale) {
		try {
			Finding finding = this.reviews.record(new FindingKey(zone, year, kind, enterpriseId, field), status,
					comment, me.scope());
			redirect.addFlashAttribute("notice", this.texts.get("quality.review.saved", locale,
					finding.enterpriseName(), finding.kind(), finding.review().status()));
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text(), locale));
		}
		boolean ownList = back != null && BACK.matcher(back).matches();
		return "redirect:" + (ownList ? back
				: PageLinks.href("/quality", new QualityFilter(null, null, null).parameters(zone, year)));
	}

	/** The findings as a spreadsheet in the reader's language, filtered as the list. */
	@GetMapping("/quality/export.{format}")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String format,
			@RequestParam String zone, @RequestParam int year, QualityFilter filter, Locale locale) {
		List<Finding> findings = this.quality.check(zone, year, me.scope()).stream().filter(filter::test).toList();
		List<String> headers = Stream
			.of("kind", "severity", "creditCode", "enterprise", "field", "year", "previous", "value", "unit", "message",
					"status", "comment", "recordedBy", "recordedAt")
			.map((column) -> this.texts.get("quality.export." + column, locale))
			.toList();
		List<List<Object>> rows = findings.stream()
			.map((f) -> Arrays.<Object>asList(this.texts.label(f.kind(), locale),
					this.texts.label(f.severity(), locale), f.creditCode(), f.enterpriseName(),
					(f.field() != null) ? f.field().label().in(locale) : null, f.year(), f.previousValue(), f.value(),
					(f.unit() != null) ? this.texts.label(f.unit(), locale) : null,
					this.texts.render(f.message(), locale), this.texts.label(f.review().status(), locale),
					f.review().comment(), f.review().recordedBy(),
					f.review().recorded() ? LOCAL_TIME.format(f.review().recordedAt().atZone(this.clock.getZone()))
							: null))
			.toList();
		String name = "quality-" + zone + "-" + year;
		return "csv".equals(format)
				? TableExport.download(name + ".csv", TableExport.CSV, TableExport.csv(headers, rows))
				: TableExport.download(name + ".xlsx", TableExport.XLSX,
						TableExport.xlsx(this.texts.get("quality.title", locale), headers, rows));
	}

	private static Page<Finding> page(List<Finding> findings, int page) {
		PageRequest request = new PageRequest(page, PAGE_SIZE);
		int from = Math.min(request.offset(), findings.size());
		int to = Math.min(from + request.size(), findings.size());
		return new Page<>(findings.subList(from, to), request.page(), request.size(), findings.size());
	}

	private static <E extends Enum<E>> Map<E, Long> count(List<Finding> findings, Function<Finding, E> key,
			Class<E> type) {
		Map<E, Long> counts = new EnumMap<>(type);
		for (E value : type.getEnumConstants()) {
			counts.put(value, findings.stream().filter((f) -> key.apply(f) == value).count());
		}
		return counts;
	}

	private static Map<String, Object> withPage(Map<String, Object> parameters, int page) {
		Map<String, Object> withPage = new LinkedHashMap<>(parameters);
		withPage.put("page", page);
		return withPage;
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
