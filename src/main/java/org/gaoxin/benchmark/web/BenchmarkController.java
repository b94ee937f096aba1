package org.gaoxin.benchmark.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.benchmark.Benchmark;
import org.gaoxin.benchmark.BenchmarkLevel;
import org.gaoxin.benchmark.BenchmarkRow;
import org.gaoxin.benchmark.Benchmarks;
import org.gaoxin.benchmark.RegionalBenchmark;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 区域对标: the zone against the other zones or districts of its region on any indicator,
 * aggregate or figure, with its shares of the region; and the comparison as a
 * spreadsheet.
 */
@Controller
class BenchmarkController {

	private final Benchmarks benchmarks;

	private final RegionalBenchmark shares;

	private final Standards standards;

	private final ZoneChoices choices;

	private final Texts texts;

	BenchmarkController(Benchmarks benchmarks, RegionalBenchmark shares, Standards standards, ZoneChoices choices,
			Texts texts) {
		this.benchmarks = benchmarks;
		this.shares = shares;
		this.standards = standards;
		this.choices = choices;
		this.texts = texts;
	}

	@GetMapping("/benchmark")
	String page(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String standard,
			@RequestParam(required = false) String measure, @RequestParam(defaultValue = "ZONES") BenchmarkLevel level,
			@RequestParam(required = false) List<String> peers, Model model) {
		Optional<ZoneYear> choice = this.choices.choose(me, zone, year);
		if (choice.isEmpty()) {
			return "redirect:/";
		}
		String zoneCode = choice.get().zoneCode();
		int shown = choice.get().year();
		Standard chosen = this.standards.resolve(standard);
		Benchmark benchmark = this.benchmarks.compare(zoneCode, shown, chosen.reference(), measure, level, peers,
				me.scope());
		model.addAttribute("choice", choice.get());
		model.addAttribute("zone", choice.get().zone());
		model.addAttribute("year", shown);
		model.addAttribute("standard", chosen);
		model.addAttribute("standards", this.standards.offeredStandards());
		model.addAttribute("measures", this.benchmarks.measures(chosen));
		model.addAttribute("benchmark", benchmark);
		// data-* attributes take no bean calls (Thymeleaf's restricted mode): the unit as
		// text
		model.addAttribute("unitLabel", this.texts.label(benchmark.measure().unit()));
		model.addAttribute("level", level);
		model.addAttribute("levels", BenchmarkLevel.values());
		model.addAttribute("shares", this.shares.shares(zoneCode, shown, me.scope()));
		return "benchmark/page";
	}

	@GetMapping("/benchmark/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@RequestParam int year, @RequestParam(required = false) String standard,
			@RequestParam(required = false) String measure, @RequestParam(defaultValue = "ZONES") BenchmarkLevel level,
			@RequestParam(required = false) List<String> peers, Locale locale) {
		Benchmark b = this.benchmarks.compare(zone, year, standard, measure, level, peers, me.scope());
		List<String> headers = Stream
			.of("code", "name", "value", "previous", "change", "rank", "share", "chosen", "missing")
			.map((column) -> this.texts.get("benchmark.export." + column, locale))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		for (BenchmarkRow r : b.rows()) {
			rows.add(Arrays.asList(r.code(), r.name().in(locale), r.value(), r.previous(), r.changePct(), r.rank(),
					r.sharePct(), r.chosen() ? "*" : "",
					String.join("; ", r.missing().stream().map((m) -> this.texts.render(m, locale)).toList())));
		}
		rows.add(List.of());
		rows.add(Arrays.asList("", this.texts.get("benchmark.export.regionTotal", locale, b.regionName().in(locale)),
				b.regionTotal(), b.regionPrevious(), null, null, null, "",
				String.join("; ", b.missingDistricts()
					.stream()
					.map((d) -> d.name().in(locale) + ": "
							+ String.join(", ", d.reasons().stream().map((m) -> this.texts.render(m, locale)).toList()))
					.toList())));
		rows.add(Arrays.asList("", this.texts.render(b.measure().name(), locale), b.measure().formula(),
				b.standardReference()));
		return TableExport.download("benchmark-" + zone + "-" + year + ".xlsx", TableExport.XLSX,
				TableExport.xlsx(this.texts.get("benchmark.export.sheet", locale), headers, rows));
	}

}
