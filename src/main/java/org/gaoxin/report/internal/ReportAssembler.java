package org.gaoxin.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.gaoxin.account.DataScope;
import org.gaoxin.benchmark.DistrictCount;
import org.gaoxin.benchmark.RegionalBenchmark;
import org.gaoxin.benchmark.RegionalShares;
import org.gaoxin.evaluation.CategorySummary;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.evaluation.InputValue;
import org.gaoxin.evaluation.StateChange;
import org.gaoxin.evaluation.YearOverYear;
import org.gaoxin.industry.ChainOverview;
import org.gaoxin.industry.ChainOverviews;
import org.gaoxin.industry.LinkOverview;
import org.gaoxin.industry.Strength;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.Severity;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.report.ReportKind;
import org.gaoxin.report.internal.ChartPainter.Bar;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.Standards;
import org.gaoxin.target.IndicatorOutlook;
import org.gaoxin.target.MetricTrack;
import org.gaoxin.target.TargetOverview;
import org.gaoxin.target.TargetTrack;
import org.gaoxin.target.TargetTracking;
import org.gaoxin.target.Worsening;
import org.gaoxin.task.TaskFilter;
import org.gaoxin.task.TaskItem;
import org.gaoxin.task.TaskStatus;
import org.gaoxin.task.Tasks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the two reports say, read from the modules that know it: the evaluation (values,
 * thresholds, gaps, how each value was computed), the regional benchmark, the chains and
 * the targets. Every figure is the one the pages show for the same zone, year and
 * standard; nothing is computed here that the evaluation or the targets do not already.
 */
@Component
public class ReportAssembler {

	private final Evaluator evaluator;

	private final Regions regions;

	private final RegionalBenchmark benchmark;

	private final ChainOverviews chains;

	private final TargetTracking tracking;

	private final DataQuality quality;

	private final Standards standards;

	private final ChartPainter charts;

	private final Texts texts;

	private final Clock clock;

	private final ZoneId timeZone;

	private final Tasks tasks;

	ReportAssembler(Evaluator evaluator, Regions regions, RegionalBenchmark benchmark, ChainOverviews chains,
			TargetTracking tracking, DataQuality quality, Standards standards, ChartPainter charts, Texts texts,
			Clock clock, @Value("${gaoxin.time-zone:Asia/Shanghai}") ZoneId timeZone, Tasks tasks) {
		this.tasks = tasks;
		this.evaluator = evaluator;
		this.regions = regions;
		this.benchmark = benchmark;
		this.chains = chains;
		this.tracking = tracking;
		this.quality = quality;
		this.standards = standards;
		this.charts = charts;
		this.texts = texts;
		this.clock = clock;
		this.timeZone = timeZone;
	}

	/**
	 * The report for a zone the caller may read; {@code progress} hears 0–100 as the
	 * parts are read.
	 */
	public ReportDocument assemble(ReportKind kind, String zoneCode, int year, String standard, DataScope scope,
			Locale locale, IntConsumer progress) {
		Zone zone = this.regions.readable(zoneCode, scope);
		Flow flow = new Flow(this.texts, locale);
		Evaluation evaluation = this.evaluator.evaluate(zoneCode, year, standard, false, scope);
		progress.accept(20);
		TargetOverview overview = overview(zoneCode, year, evaluation.standardReference(), scope);
		progress.accept(40);
		String zoneName = zone.nameZh();
		if (!flow.chinese()) {
			zoneName = zone.nameEn();
		}
		String title;
		if (kind == ReportKind.SELF_ASSESSMENT) {
			title = flow.get("report.selfAssessment.title", zoneName, year);
			selfAssessment(flow, zone, year, evaluation, overview, scope, progress);
		}
		else {
			title = flow.get("report.monitoring.title", zoneName, year);
			monitoring(flow, zone, year, evaluation, overview, scope, progress);
		}
		String date = LocalDate.now(this.clock.withZone(this.timeZone))
			.format(DateTimeFormatter.ofPattern(flow.get("report.datePattern"), locale));
		return new ReportDocument(title,
				flow.get("report.subtitle", flow.text(evaluation.standardName()), evaluation.standardVersion()),
				flow.get("report.issuer", zoneName), date, flow.blocks());
	}

	/** A chart of made-up bars, for warming up the writers. */
	public byte[] sampleChart() {
		return this.charts.bars("样例 sample", "%", List.of(new Bar("甲 A", 80, false), new Bar("乙 B", 120, true)), 100d);
	}

	private void selfAssessment(Flow flow, Zone zone, int year, Evaluation evaluation, TargetOverview overview,
			DataScope scope, IntConsumer progress) {
		verdict(flow, year, evaluation);
		indicators(flow, evaluation);
		progress.accept(60);
		unmet(flow, year, evaluation, overview, scope);
		enterpriseBase(flow, zone, year, scope);
		chains(flow, zone, year, scope);
		outlook(flow, overview);
		progress.accept(80);
		annex(flow, evaluation);
	}

	private void monitoring(Flow flow, Zone zone, int year, Evaluation evaluation, TargetOverview overview,
			DataScope scope, IntConsumer progress) {
		verdict(flow, year, evaluation);
		outlook(flow, overview);
		YearOverYear history = this.evaluator.yearOverYear(zone.code(), evaluation.standardReference(), false, scope);
		progress.accept(60);
		yearOverYear(flow, year, evaluation, history);
		warnings(flow, zone, year, overview, scope);
		shortfalls(flow, year, evaluation, history, scope);
		progress.accept(80);
	}

	private TargetOverview overview(String zone, int year, String standard, DataScope scope) {
		try {
			return this.tracking.overview(zone, year, standard, scope);
		}
		catch (RuntimeException ex) {
			// a zone without targets, or with targets on another standard, still gets its
			// report; the section says there are none
			return null;
		}
	}

	private void verdict(Flow flow, int year, Evaluation evaluation) {
		flow.section("report.section.summary");
		var verdict = evaluation.verdict();
		flow.say("report.summary.verdict", year, flow.text(evaluation.standardName()), verdict.coreMet(),
				verdict.coreTotal(), flow.label(verdict.outcome()));
		for (Message reason : verdict.reasons()) {
			flow.paragraph(flow.render(reason));
		}
		List<IndicatorResult> unmet = evaluation.unmet();
		if (!unmet.isEmpty()) {
			flow.say("report.summary.unmet", unmet.size(), String.join(flow.get("report.listSeparator"),
					unmet.stream().map((r) -> flow.text(r.name())).toList()));
		}
	}

	private void indicators(Flow flow, Evaluation evaluation) {
		flow.section("report.section.indicators");
		List<List<String>> rows = new ArrayList<>();
		for (IndicatorResult r : evaluation.indicators()) {
			rows.add(List.of(r.code(), flow.text(r.name()), value(flow, r), flow.label(r.unit()), flow.render(r.rule()),
					flow.label(r.status()), gap(flow, r)));
		}
		flow.table(flow.get("report.indicators.caption"), flow.get("report.indicators.sheet"),
				List.of(flow.get("report.col.code"), flow.get("report.col.indicator"), flow.get("report.col.value"),
						flow.get("report.col.unit"), flow.get("report.col.threshold"), flow.get("report.col.status"),
						flow.get("report.col.gap")),
				rows, List.of(false, false, true, false, false, false, true));
		Map<String, List<IndicatorResult>> byCategory = new LinkedHashMap<>();
		for (IndicatorResult r : evaluation.indicators()) {
			byCategory.computeIfAbsent(r.category(), (c) -> new ArrayList<>()).add(r);
		}
		for (CategorySummary category : evaluation.categories()) {
			List<IndicatorResult> results = byCategory.getOrDefault(category.code(), List.of());
			if (results.isEmpty()) {
				continue;
			}
			String name = flow.text(category.name());
			flow.subsection(name);
			flow.say("report.category.summary", category.total(), category.met(), category.unmet(), category.missing());
			List<Bar> bars = results.stream()
				.map((r) -> new Bar(r.code() + " " + shorten(flow.text(r.name())),
						(r.attainment() != null) ? Math.min(300, r.attainment().doubleValue() * 100) : 0,
						r.status() == IndicatorStatus.MET))
				.toList();
			flow.chart(flow.get("report.category.chart", name),
					this.charts.bars(name, flow.get("report.category.axis"), bars, 100d));
		}
	}

	private void unmet(Flow flow, int year, Evaluation evaluation, TargetOverview overview, DataScope scope) {
		flow.section("report.section.unmet");
		List<IndicatorResult> unmet = evaluation.unmet();
		if (unmet.isEmpty()) {
			flow.say("report.unmet.none");
			return;
		}
		for (IndicatorResult r : unmet) {
			flow.subsection(flow.text(r.name()) + " (" + r.code() + ")");
			flow.say("report.unmet.gap", value(flow, r), flow.label(r.unit()), flow.render(r.rule()),
					r.displayRelativeGap(), flow.number(r.absoluteGap()));
			Optional<IndicatorOutlook> outlook = (overview != null)
					? overview.headline().indicators().stream().filter((o) -> o.code().equals(r.code())).findFirst()
					: Optional.empty();
			if (outlook.isEmpty()) {
				flow.say("report.unmet.noPath");
			}
			else {
				IndicatorOutlook o = outlook.get();
				if (o.required() != null) {
					flow.say("report.unmet.required", o.required().toYear(), o.required().percent(),
							(o.achieved() != null) ? o.achieved().percent() : "—");
				}
				if (o.projected() != null) {
					flow.say("report.unmet.projected", o.projected().year(), flow.number(o.projected().value()),
							flow.label(r.unit()), flow.label(o.status()));
				}
			}
			actions(flow, evaluation, r, scope);
		}
	}

	/**
	 * The actions taken: the shortfall list's items on the indicator (督查督办), as the
	 * caller may read them; none listed is said, not made up.
	 */
	private void actions(Flow flow, Evaluation evaluation, IndicatorResult r, DataScope scope) {
		List<TaskItem> items = itemsOn(evaluation, r.code(), scope);
		if (items.isEmpty()) {
			flow.say("report.unmet.noActions");
			return;
		}
		var departments = this.tasks.departments();
		for (TaskItem item : items) {
			var lead = departments.get(item.leadDepartment());
			String leadName = (lead == null) ? item.leadDepartment() : flow.chinese() ? lead.nameZh() : lead.nameEn();
			long reported = item.milestones().stream().filter((m) -> m.reported()).count();
			flow.say("report.unmet.action", item.title(), leadName, flow.label(item.status()), item.deadline(),
					reported, item.milestones().size());
		}
	}

	/**
	 * The zone's items on an indicator of the evaluated standard, cancelled ones left
	 * out.
	 */
	private List<TaskItem> itemsOn(Evaluation evaluation, String indicator, DataScope scope) {
		if (!Tasks.participates(scope)) {
			return List.of();
		}
		return this.tasks.list(evaluation.zoneCode(), new TaskFilter(null, null, indicator, null, null), scope)
			.stream()
			.filter((i) -> i.status() != TaskStatus.CANCELLED)
			.filter((i) -> i.standardCode() == null || i.standardCode().equals(evaluation.standardCode()))
			.toList();
	}

	private void enterpriseBase(Flow flow, Zone zone, int year, DataScope scope) {
		flow.section("report.section.enterprises");
		RegionalShares shares = this.benchmark.shares(zone.code(), year, scope);
		String region = flow.chinese() ? shares.regionNameZh() : shares.regionNameEn();
		flow.say("report.enterprises.summary", year, shares.techSme(), percent(shares.techSmeSharePct()),
				shares.highTech(), percent(shares.highTechSharePct()), region);
		List<List<String>> rows = new ArrayList<>();
		for (DistrictCount d : shares.districts()) {
			rows.add(List.of(flow.chinese() ? d.nameZh() : d.nameEn(), flow.number(d.techSme()),
					flow.number(d.highTech())));
		}
		rows.add(List.of(region, flow.number(shares.regionTechSme()), flow.number(shares.regionHighTech())));
		flow.table(flow.get("report.enterprises.caption", region, year), flow.get("report.enterprises.sheet"), List
			.of(flow.get("report.col.district"), flow.get("report.col.techSme"), flow.get("report.col.highTech")), rows,
				List.of(false, true, true));
		List<Bar> bars = shares.districts()
			.stream()
			.map((d) -> new Bar(flow.chinese() ? d.nameZh() : d.nameEn(), d.highTech(),
					zone.code().equals(d.zoneCode()) ? Boolean.TRUE : null))
			.toList();
		flow.chart(flow.get("report.enterprises.chart", region),
				this.charts.bars(flow.get("report.col.highTech"), flow.get("report.enterprises.axis"), bars, null));
	}

	/**
	 * Each chain's enterprises, output and share of the zone's, and its links by
	 * strength, then the links each chain has to fill, strengthen or extend.
	 */
	private void chains(Flow flow, Zone zone, int year, DataScope scope) {
		flow.section("report.section.chains");
		List<ChainOverview> chains = this.chains.overview(zone.code(), year, scope);
		if (chains.isEmpty()) {
			flow.say("report.chains.none");
			return;
		}
		flow.say("report.chains.summary", chains.size(), chains.stream().filter((c) -> c.chain().feature()).count());
		String separator = flow.get("report.listSeparator");
		List<List<String>> rows = new ArrayList<>();
		for (ChainOverview chain : chains) {
			Map<Strength, Long> counts = new EnumMap<>(Strength.class);
			chain.links().forEach((l) -> counts.merge(l.strength().strength(), 1L, Long::sum));
			String strengths = String.join(separator,
					counts.entrySet()
						.stream()
						.map((e) -> flow.label(e.getKey()) + " " + flow.number(e.getValue()))
						.toList());
			BigDecimal share = chain.figures().sharePercent();
			rows.add(List.of(chain.chain().name(flow.chinese()), chain.chain().feature() ? flow.get("report.yes") : "",
					(chain.chain().leaderName() != null) ? chain.chain().leaderName() : "",
					flow.number(chain.figures().enterprises()), flow.number(chain.figures().output()),
					(share != null) ? flow.number(share) : "—", flow.number(chain.links().size()), strengths));
		}
		flow.table(flow.get("report.chains.caption"), flow.get("report.chains.sheet"),
				List.of(flow.get("report.col.chain"), flow.get("report.col.feature"), flow.get("report.col.leader"),
						flow.get("report.col.enterprises"), flow.get("report.col.output"),
						flow.get("report.col.outputShare"), flow.get("report.col.links"),
						flow.get("report.col.strengths")),
				rows, List.of(false, false, false, true, true, true, true, false));
		for (ChainOverview chain : chains) {
			List<LinkOverview> gaps = chain.gaps();
			if (gaps.isEmpty()) {
				flow.say("report.chains.sound", chain.chain().name(flow.chinese()));
			}
			else {
				flow.say("report.chains.gaps", chain.chain().name(flow.chinese()),
						String.join(separator,
								gaps.stream()
									.map((l) -> flow.get("report.chains.link", l.link().name(flow.chinese()),
											flow.label(l.strength().strength())))
									.toList()));
			}
		}
	}

	private void outlook(Flow flow, TargetOverview overview) {
		flow.section("report.section.targets");
		if (overview == null || overview.metrics().isEmpty()) {
			flow.say("report.targets.none");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (MetricTrack m : overview.metrics()) {
			String latest = (m.latest() != null) ? flow.number(m.latestValue()) + " (" + m.latest().year() + ")" : "—";
			for (TargetTrack t : m.targets()) {
				rows.add(List.of(flow.text(m.metric().name()), flow.label(m.metric().unit()), latest,
						t.target().year() + "",
						flow.label(t.target().comparison()) + " " + flow.number(t.target().value()),
						(t.projected() != null) ? flow.number(t.projected().value()) : "—",
						t.reached() ? flow.get("report.targets.reached") : flow.label(t.status())));
			}
		}
		flow.table(flow.get("report.targets.caption"), flow.get("report.targets.sheet"),
				List.of(flow.get("report.col.metric"), flow.get("report.col.unit"), flow.get("report.col.latest"),
						flow.get("report.col.year"), flow.get("report.col.target"), flow.get("report.col.projected"),
						flow.get("report.col.status")),
				rows, List.of(false, false, false, true, false, true, false));
		var headline = overview.headline();
		if (headline != null) {
			flow.say("report.targets.headline", headline.year(), headline.projectedUnmet().size(),
					headline.atRisk().size());
		}
	}

	private void annex(Flow flow, Evaluation evaluation) {
		flow.section("report.section.annex");
		flow.say("report.annex.intro", evaluation.standardReference(), evaluation.standardChecksum());
		Map<String, Message> names = this.standards.inputNames(this.standards.resolve(evaluation.standardReference()));
		List<List<String>> rows = new ArrayList<>();
		for (IndicatorResult r : evaluation.indicators()) {
			List<String> inputs = new ArrayList<>();
			List<String> sources = new ArrayList<>();
			for (InputValue i : r.inputs()) {
				String name = names.containsKey(i.name()) ? flow.render(names.get(i.name())) : i.name();
				String value = (i.missing() != null) ? flow.get("report.missing") : (i.flag() != null)
						? (i.flag() ? flow.get("report.yes") : flow.get("report.no")) : flow.number(i.value());
				inputs.add(name + " = " + value + " " + flow.label(i.unit()));
				String source = flow.render(i.description());
				if (i.records() != null) {
					source = source + flow.get("report.annex.records", i.records());
				}
				sources.add(source);
			}
			rows.add(List.of(r.code(), flow.text(r.name()), (r.formula() != null) ? r.formula() : "",
					String.join("\n", inputs), String.join("\n", sources), value(flow, r)));
		}
		flow.table(flow.get("report.annex.caption"), flow.get("report.annex.sheet"),
				List.of(flow.get("report.col.code"), flow.get("report.col.indicator"), flow.get("report.col.formula"),
						flow.get("report.col.inputs"), flow.get("report.col.source"), flow.get("report.col.value")),
				rows, List.of(false, false, false, false, false, true));
	}

	private void yearOverYear(Flow flow, int year, Evaluation evaluation, YearOverYear history) {
		flow.section("report.section.yearOverYear");
		Evaluation before = history.years().stream().filter((e) -> e.year() == year - 1).findFirst().orElse(null);
		if (before == null) {
			flow.say("report.yoy.none", year - 1);
			return;
		}
		flow.say("report.yoy.summary", year - 1, before.verdict().coreMet(), year, evaluation.verdict().coreMet(),
				evaluation.verdict().coreTotal());
		List<List<String>> rows = new ArrayList<>();
		for (IndicatorResult now : evaluation.indicators()) {
			IndicatorResult then = before.indicator(now.code()).orElse(null);
			String change = "—";
			if (then != null && then.value() != null && now.value() != null && then.value().signum() != 0) {
				change = now.value()
					.subtract(then.value())
					.multiply(BigDecimal.valueOf(100))
					.divide(then.value().abs(), 1, RoundingMode.HALF_UP)
					.toPlainString();
			}
			rows.add(List.of(now.code(), flow.text(now.name()), (then != null) ? value(flow, then) : "—",
					value(flow, now), flow.label(now.unit()), change, (then != null)
							? flow.label(then.status()) + " → " + flow.label(now.status()) : flow.label(now.status())));
		}
		flow.table(flow.get("report.yoy.caption", year - 1, year), flow.get("report.yoy.sheet"),
				List.of(flow.get("report.col.code"), flow.get("report.col.indicator"), String.valueOf(year - 1),
						String.valueOf(year), flow.get("report.col.unit"), flow.get("report.col.change"),
						flow.get("report.col.status")),
				rows, List.of(false, false, true, true, false, true, false));
		List<StateChange> changes = history.changes().stream().filter((c) -> c.year() == year).toList();
		for (StateChange c : changes) {
			String name = evaluation.indicator(c.indicator()).map((r) -> flow.text(r.name())).orElse(c.indicator());
			flow.say("report.yoy.changed", name, flow.label(c.from()), flow.label(c.to()));
		}
		List<Bar> bars = history.years()
			.stream()
			.map((e) -> new Bar(String.valueOf(e.year()), e.verdict().coreMet(),
					e.verdict().coreMet() == e.verdict().coreTotal()))
			.toList();
		flow.chart(flow.get("report.yoy.chart"), this.charts.bars(flow.get("report.yoy.chart"),
				flow.get("report.yoy.axis"), bars, (double) evaluation.verdict().coreTotal()));
	}

	private void warnings(Flow flow, Zone zone, int year, TargetOverview overview, DataScope scope) {
		flow.section("report.section.warnings");
		int said = 0;
		if (overview != null) {
			for (Worsening w : overview.worsening()) {
				flow.paragraph(flow.text(w.name()) + flow.get("report.listSeparator") + flow.render(w.reason()));
				said++;
			}
			for (IndicatorOutlook o : overview.headline().atRisk()) {
				flow.say("report.warnings.atRisk", flow.text(o.name()), flow.label(o.status()));
				said++;
			}
			for (IndicatorOutlook o : overview.headline().projectedUnmet()) {
				flow.say("report.warnings.projectedUnmet", flow.text(o.name()), overview.headline().year());
				said++;
			}
		}
		List<Finding> findings = this.quality.check(zone.code(), year, scope);
		long errors = findings.stream().filter((f) -> f.severity() == Severity.ERROR).count();
		if (!findings.isEmpty()) {
			flow.say("report.warnings.quality", findings.size(), errors);
			said++;
		}
		if (said == 0) {
			flow.say("report.warnings.none");
		}
	}

	/** The items on an indicator by state, e.g. "已签收 1、已销号 1"; a dash for none. */
	private String itemStates(Flow flow, Evaluation evaluation, String indicator, DataScope scope) {
		Map<TaskStatus, Long> counts = new java.util.EnumMap<>(TaskStatus.class);
		itemsOn(evaluation, indicator, scope).forEach((i) -> counts.merge(i.status(), 1L, Long::sum));
		if (counts.isEmpty()) {
			return "—";
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((status, n) -> parts.add(flow.label(status) + " " + n));
		return String.join(flow.chinese() ? "、" : ", ", parts);
	}

	private void shortfalls(Flow flow, int year, Evaluation evaluation, YearOverYear history, DataScope scope) {
		flow.section("report.section.shortfalls");
		Evaluation before = history.years().stream().filter((e) -> e.year() == year - 1).findFirst().orElse(null);
		List<IndicatorResult> unmet = evaluation.unmet();
		if (unmet.isEmpty()) {
			flow.say("report.unmet.none");
			return;
		}
		flow.say("report.shortfalls.intro", unmet.size());
		List<List<String>> rows = new ArrayList<>();
		for (IndicatorResult r : unmet) {
			IndicatorResult then = (before != null) ? before.indicator(r.code()).orElse(null) : null;
			String earlier = (then != null && then.relativeGap() != null) ? then.displayRelativeGap() : "—";
			String progress = "—";
			if (then != null && then.relativeGap() != null && r.relativeGap() != null) {
				int compared = r.relativeGap().compareTo(then.relativeGap());
				progress = flow.get((compared < 0) ? "report.shortfalls.narrowed"
						: (compared > 0) ? "report.shortfalls.widened" : "report.shortfalls.unchanged");
			}
			rows.add(List.of(r.code(), flow.text(r.name()), value(flow, r), flow.render(r.rule()), earlier,
					r.displayRelativeGap(), progress, itemStates(flow, evaluation, r.code(), scope)));
		}
		flow.table(flow.get("report.shortfalls.caption"), flow.get("report.shortfalls.sheet"),
				List.of(flow.get("report.col.code"), flow.get("report.col.indicator"), flow.get("report.col.value"),
						flow.get("report.col.threshold"), flow.get("report.col.gapBefore", year - 1),
						flow.get("report.col.gap"), flow.get("report.col.progress"), flow.get("report.col.items")),
				rows, List.of(false, false, true, false, true, true, false, false));
	}

	private static String value(Flow flow, IndicatorResult r) {
		if (r.fact() != null) {
			return r.fact() ? flow.get("report.yes") : flow.get("report.no");
		}
		return (r.value() != null) ? flow.number(r.value().setScale(2, RoundingMode.HALF_UP)) : "—";
	}

	private static String gap(Flow flow, IndicatorResult r) {
		return (r.status() == IndicatorStatus.UNMET) ? r.displayRelativeGap() : "";
	}

	private static String percent(BigDecimal pct) {
		return (pct != null) ? pct.toPlainString() : "—";
	}

	private static String shorten(String name) {
		return (name.length() > 10) ? name.substring(0, 9) + "…" : name;
	}

}
