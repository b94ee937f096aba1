package org.gaoxin.target.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Money;
import org.gaoxin.shared.web.LocalizedJson;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.target.BudgetPlan;
import org.gaoxin.target.CountGoal;
import org.gaoxin.target.FigurePath;
import org.gaoxin.target.Growth;
import org.gaoxin.target.Headline;
import org.gaoxin.target.IndicatorOutlook;
import org.gaoxin.target.MetricTrack;
import org.gaoxin.target.Path;
import org.gaoxin.target.PlannedCandidate;
import org.gaoxin.target.TargetOverview;
import org.gaoxin.target.TargetTrack;
import org.gaoxin.target.Worsening;

import org.springframework.stereotype.Component;

/**
 * The targets and the path as the command line prints them, in one language: aligned
 * tables, or the API's JSON (messages as code and text).
 */
@Component
class TargetPrinter {

	private final LocalizedJson json;

	private final Texts texts;

	TargetPrinter(LocalizedJson json, Texts texts) {
		this.json = json;
		this.texts = texts;
	}

	/** The API's serialisation, its messages rendered in the given language. */
	String json(Object value, Locale locale) {
		return this.json.write(value, locale);
	}

	String forecast(TargetOverview overview, Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(overview.zoneCode())
			.append(' ')
			.append(overview.year())
			.append(" · ")
			.append(text("target.title", locale))
			.append(" (")
			.append(overview.standardReference())
			.append(")\n");
		int[] widths = { 30, 8, 10, 14, 10, 10, 26, 12 };
		row(out, widths, text("target.metric", locale), text("target.targetYear", locale),
				text("target.target", locale), text("target.latest", locale), text("target.achieved", locale),
				text("target.required", locale), text("target.forecastAt", locale), text("target.status", locale));
		for (MetricTrack m : overview.metrics()) {
			boolean first = true;
			for (TargetTrack t : m.targets()) {
				row(out, widths, first ? m.metric().name().in(locale) : "", String.valueOf(t.target().year()),
						label(t.target().comparison(), locale) + " " + number(t.target().value()),
						first && m.latest() != null ? number(m.latestValue()) + " (" + m.latest().year() + ")" : "",
						first ? growth(m.achieved()) : "", growth(t.required()),
						(t.projected() != null) ? number(t.projected().value()) + " [" + number(t.projected().lower())
								+ "–" + number(t.projected().upper()) + "]" : "",
						label(t.status(), locale));
				first = false;
			}
		}
		out.append('\n');
		for (MetricTrack m : overview.metrics()) {
			if (m.backtest() != null) {
				out.append("  · ")
					.append(m.metric().name().in(locale))
					.append(": ")
					.append(render(Message.of("target.backtest", m.backtest().fittedFrom(), m.backtest().fittedTo(),
							m.backtest().year(), number(m.backtest().predicted()), number(m.backtest().lower()),
							number(m.backtest().upper()), number(m.backtest().actual()), percent(m.backtest().error()),
							Message.of(m.backtest().withinInterval() ? "target.backtest.inside"
									: "target.backtest.outside")),
							locale))
					.append('\n');
			}
		}
		Headline h = overview.headline();
		out.append('\n')
			.append(render(Message.of(h.pilotDeadline() ? "target.headline.deadline" : "target.headline.year",
					String.valueOf(h.year())), locale))
			.append(": ")
			.append(render(Message.of("target.headline.summary", h.indicators().size(),
					h.indicators().size() - h.projectedUnmet().size(), h.projectedUnmet().size()), locale))
			.append('\n');
		for (IndicatorOutlook o : h.projectedUnmet()) {
			out.append("  ✘ ").append(outlook(o, h.year(), locale)).append('\n');
		}
		for (IndicatorOutlook o : h.unmetNow()) {
			out.append("  · ").append(outlook(o, h.year(), locale)).append('\n');
		}
		if (!overview.worsening().isEmpty()) {
			out.append('\n').append(render(Message.of("target.worse.title", String.valueOf(overview.year())), locale));
			out.append('\n');
			for (Worsening w : overview.worsening()) {
				out.append("  · ")
					.append(w.name().in(locale))
					.append(": ")
					.append(render(w.reason(), locale))
					.append('\n');
			}
		}
		return out.toString();
	}

	String path(Path path, BudgetPlan plan, int limit, Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(path.zoneCode())
			.append(' ')
			.append(path.year())
			.append(" · ")
			.append(text("target.path.title", locale))
			.append('\n')
			.append(render(Message.of("target.path.intro", String.valueOf(path.deadlineYear())), locale))
			.append("\n\n")
			.append(text("target.path.highTech.title", locale))
			.append('\n')
			.append(render(Message.of("target.path.highTech.summary", path.highTech().current(),
					(path.highTech().threshold() != null) ? String.valueOf(path.highTech().threshold()) : "—",
					path.highTech().ranking().size(), path.highTech().incomplete()), locale))
			.append('\n');
		int listed = 0;
		for (CountGoal g : path.highTech().goals()) {
			out.append("\n  ")
				.append(goal(g, locale))
				.append(": ")
				.append(text("target.path.needed", locale))
				.append(' ')
				.append(g.needed())
				.append(" · ")
				.append(text("target.path.rd", locale))
				.append(' ')
				.append(money(g.totals().rdExpense(), locale))
				.append(" · ")
				.append(text("target.path.staff", locale))
				.append(' ')
				.append(g.totals().stStaff())
				.append(" · ")
				.append(text("target.path.ip", locale))
				.append(' ')
				.append(g.totals().ipItems())
				.append(" · ")
				.append(text("target.path.revenue", locale))
				.append(' ')
				.append(money(g.totals().highTechRevenue(), locale))
				.append(" · ")
				.append(text("target.path.cost", locale))
				.append(' ')
				.append(money(g.totals().cost().movePointLeft(3), locale))
				.append(" · ")
				.append(text("target.path.stillMissing", locale))
				.append(' ')
				.append(g.stillMissing())
				.append('\n');
			// each goal takes the ranking's first candidates: list only those it adds
			candidates(out, g.candidates(), listed, limit, locale);
			listed = Math.max(listed, g.candidates().size());
		}
		if (!path.figures().isEmpty()) {
			out.append('\n')
				.append(render(Message.of("target.path.figures.title", String.valueOf(path.deadlineYear())), locale))
				.append('\n');
			for (FigurePath f : path.figures()) {
				IndicatorOutlook o = f.indicator();
				out.append("  ")
					.append(o.code())
					.append(' ')
					.append(o.name().in(locale))
					.append(": ")
					.append(number(o.latest()))
					.append(", ")
					.append(label(o.comparison(), locale))
					.append(' ')
					.append(number(o.threshold()))
					.append(" · ")
					.append(text("target.path.requiredToThreshold", locale))
					.append(' ')
					.append(growth(o.required()))
					.append(" · ")
					.append(text("target.achieved", locale))
					.append(' ')
					.append(growth(o.achieved()))
					.append('\n');
				for (TargetTrack t : f.targets()) {
					out.append("      ")
						.append(render(
								Message.of("target.path.targetGrowth", String.valueOf(t.target().year()),
										t.target().comparison(), number(t.target().value()), growth(t.required())),
								locale))
						.append('\n');
				}
			}
		}
		if (plan != null) {
			out.append('\n')
				.append(text("target.path.budget.title", locale))
				.append('\n')
				.append(render(Message.of("target.path.budget.result", money(plan.budget().movePointLeft(3), locale),
						plan.chosen().size(), plan.countAfter(), money(plan.totals().cost().movePointLeft(3), locale),
						money(plan.remaining().movePointLeft(3), locale)), locale))
				.append('\n')
				.append(text("target.path.budget.exact", locale))
				.append('\n');
			candidates(out, plan.chosen(), 0, limit, locale);
		}
		return out.toString();
	}

	String error(Exception ex, Locale locale) {
		String problem = ex.getMessage();
		if (ex instanceof MessageException message) {
			problem = render(message.text(), locale);
		}
		else if (ex instanceof NotFoundException notFound && notFound.text() != null) {
			problem = render(notFound.text(), locale);
		}
		return render(Message.of("evaluation.cli.error", problem), locale);
	}

	private void candidates(StringBuilder out, List<PlannedCandidate> candidates, int from, int limit, Locale locale) {
		for (int rank = from + 1; rank <= candidates.size(); rank++) {
			if (rank > from + limit) {
				out.append("    … ")
					.append(render(Message.of("target.path.moreCandidates", candidates.size() - from - limit), locale))
					.append('\n');
				break;
			}
			PlannedCandidate c = candidates.get(rank - 1);
			out.append("    ")
				.append(rank)
				.append(". ")
				.append(c.name())
				.append(" (")
				.append(c.creditCode())
				.append(") ")
				.append(label(c.readiness(), locale))
				.append(" · ")
				.append(money(c.cost().movePointLeft(3), locale));
			if (!c.gaps().isEmpty()) {
				out.append(" · ").append(render(c.gaps().get(0), locale));
			}
			out.append('\n');
		}
	}

	private String goal(CountGoal g, Locale locale) {
		return g.threshold() ? render(Message.of("target.path.goal.threshold", g.goal()), locale)
				: render(Message.of("target.path.goal.target", String.valueOf(g.year()), g.goal()), locale);
	}

	private String outlook(IndicatorOutlook o, int year, Locale locale) {
		String head = o.code() + " " + o.name().in(locale) + ": ";
		if (o.projected() == null) {
			return head + render(Message.of("target.outlook.noForecast", o.now()), locale);
		}
		return head + render(Message.of("target.outlook", number(o.latest()), o.comparison(), number(o.threshold()),
				String.valueOf(year), number(o.projected().value()), number(o.projected().lower()),
				number(o.projected().upper())), locale) + " — " + label(o.status(), locale);
	}

	/** Thousand yuan as 万元 (two decimals) or million yuan (two decimals). */
	private String money(BigDecimal thousandYuan, Locale locale) {
		BigDecimal rounded = thousandYuan.setScale(Texts.chinese(locale) ? 1 : -1, RoundingMode.HALF_UP);
		return render(Message.of("target.money", Money.thousandYuan(rounded)), locale);
	}

	private String render(Message message, Locale locale) {
		return this.texts.render(message, locale);
	}

	private String text(String key, Locale locale) {
		return this.texts.get(key, locale);
	}

	private String label(Enum<?> value, Locale locale) {
		return this.texts.label(value, locale);
	}

	private static String number(BigDecimal value) {
		return (value != null) ? Texts.plain(value.setScale(2, RoundingMode.HALF_UP)) : "—";
	}

	private static String growth(Growth growth) {
		return (growth != null) ? growth.percent() + "%" : "—";
	}

	private static String percent(BigDecimal fraction) {
		return (fraction != null) ? fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%"
				: "—";
	}

	private static void row(StringBuilder out, int[] widths, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			out.append(cells[i]).append(" ".repeat(Math.max(1, widths[i] - displayWidth(cells[i]))));
		}
		out.append('\n');
	}

	/** Terminal columns: CJK characters take two. */
	private static int displayWidth(String text) {
		return text.codePoints()
			.map((c) -> (c >= 0x1100 && Character.isIdeographic(c) || c >= 0xFF00 && c <= 0xFFEF
					|| c >= 0x3000 && c <= 0x303F) ? 2 : 1)
			.sum();
	}

}
