package org.gaoxin.evaluation.cli;

import java.math.BigDecimal;
import java.util.Locale;

import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.ScoreCard;
import org.gaoxin.evaluation.Verdict;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.LocalizedJson;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * The evaluation as the command line prints it, in one language: an aligned table, the
 * API's JSON (messages as code and text), or CSV (codes, numbers and names).
 */
@Component
class EvaluationPrinter {

	private final LocalizedJson json;

	private final Texts texts;

	EvaluationPrinter(LocalizedJson json, Texts texts) {
		this.json = json;
		this.texts = texts;
	}

	/** The API's serialisation, its messages rendered in the given language. */
	String json(Evaluation evaluation, Locale locale) {
		return this.json.write(evaluation, locale);
	}

	String json(ScoreCard card, Locale locale) {
		return this.json.write(card, locale);
	}

	/**
	 * A score card: the zone's total and rank, the groups (score, best peer's, points
	 * behind, rank if improved), the indicators, the peers.
	 */
	String table(ScoreCard c, Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(c.zoneCode())
			.append(' ')
			.append(c.year())
			.append(" · ")
			.append(c.standardName().in(locale))
			.append(" (")
			.append(c.standardReference())
			.append(")\n");
		out.append(render(
				Message.of("evaluation.cli.score", c.displayTotal(), c.rank(), c.peerCount(), c.normalisation().key()),
				locale))
			.append("\n\n");
		int[] groupWidths = { 14, 40, 8, 8, 8, 8, 8 };
		row(out, new String[] { "#", text("evaluation.scoring.group", locale),
				text("evaluation.scoring.weight", locale), text("evaluation.scoring.score", locale),
				text("evaluation.scoring.best", locale), text("evaluation.scoring.behind", locale),
				text("evaluation.scoring.rankIfImproved", locale) }, groupWidths);
		for (ScoreCard.GroupRow g : c.groups()) {
			row(out, new String[] { g.code(), g.name().in(locale), g.displayWeight(), g.displayScore(), g.displayBest(),
					g.displayBehind(), String.valueOf(g.rankIfImproved()) }, groupWidths);
		}
		out.append('\n');
		int[] widths = { 6, 44, 12, 8, 8 };
		row(out, new String[] { "#", text("evaluation.indicator", locale), text("common.value", locale),
				text("evaluation.scoring.score", locale), text("evaluation.scoring.rankIfImproved", locale) }, widths);
		for (ScoreCard.IndicatorRow r : c.indicators()) {
			row(out, new String[] { r.code(), r.name().in(locale), r.displayValue(), r.displayScore(),
					(r.rankIfImproved() != null) ? String.valueOf(r.rankIfImproved()) : "—" }, widths);
		}
		out.append('\n');
		for (ScoreCard.PeerRow p : c.peers()) {
			out.append(p.rank())
				.append(". ")
				.append(p.zoneName().in(locale))
				.append(" (")
				.append(p.zoneCode())
				.append(") ")
				.append(p.displayTotal())
				.append(p.chosen() ? " *" : "")
				.append('\n');
		}
		return out.toString();
	}

	String csv(ScoreCard c, Locale locale) {
		StringBuilder out = new StringBuilder(
				"code,name,group,direction,weight,value,score,missing,peer_min,peer_mean,peer_max,value_if_improved,rank_if_improved,formula\n");
		for (ScoreCard.IndicatorRow r : c.indicators()) {
			out.append(String.join(",", r.code(), cell(r.name().in(locale)), r.group(), r.direction().key(),
					plain(r.weight()), plain(r.value()), plain(r.score()), String.valueOf(r.missing()),
					plain(r.peerMin()), plain(r.peerMean()), plain(r.peerMax()), plain(r.valueIfImproved()),
					(r.rankIfImproved() != null) ? r.rankIfImproved().toString() : "", cell(r.formula())))
				.append('\n');
		}
		out.append("\npeer,name,total,rank,chosen\n");
		for (ScoreCard.PeerRow p : c.peers()) {
			out.append(String.join(",", p.zoneCode(), cell(p.zoneName().in(locale)), plain(p.total()),
					String.valueOf(p.rank()), String.valueOf(p.chosen())))
				.append('\n');
		}
		return out.toString();
	}

	String table(Evaluation e, Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(e.zoneCode())
			.append(' ')
			.append(e.year())
			.append(" · ")
			.append(e.standardName().in(locale))
			.append(" (")
			.append(e.standardReference())
			.append(")\n");
		String[] header = { "#", text("evaluation.indicator", locale), text("common.value", locale),
				text("evaluation.rule", locale), text("evaluation.status", locale),
				text("evaluation.relativeGap", locale) };
		int[] widths = { 4, 40, 12, 12, 10, 9 };
		row(out, header, widths);
		for (IndicatorResult r : e.indicators()) {
			String gap = (r.relativeGap() != null && r.relativeGap().signum() != 0) ? r.displayRelativeGap() : "";
			row(out, new String[] { r.code(), r.name().in(locale), render(r.valueText(), locale),
					render(r.rule(), locale), this.texts.label(r.status(), locale), gap }, widths);
		}
		Verdict verdict = e.verdict();
		out.append('\n')
			.append(render(Message.of("evaluation.cli.verdict", verdict.outcome(), verdict.outcome().name(),
					verdict.coreMet(), verdict.coreTotal()), locale));
		if (verdict.deadlineYear() != null) {
			out.append(" — ").append(render(Message.of("evaluation.cli.deadline", verdict.deadlineYear()), locale));
		}
		out.append('\n');
		for (Message reason : verdict.reasons()) {
			out.append("  · ").append(render(reason, locale)).append('\n');
		}
		return out.toString();
	}

	String csv(Evaluation e, Locale locale) {
		StringBuilder out = new StringBuilder(
				"code,name,category,unit,value,comparison,threshold,status,absolute_gap,relative_gap,gap_class,formula\n");
		for (IndicatorResult r : e.indicators()) {
			out.append(String.join(",", r.code(), cell(r.name().in(locale)), r.category(), r.unit().name(),
					(r.value() != null) ? r.value().toPlainString() : (r.fact() != null) ? r.fact().toString() : "",
					r.comparison().symbol(), (r.threshold() != null) ? r.threshold().toPlainString() : "",
					r.status().name(), plain(r.absoluteGap()), plain(r.relativeGap()), r.gapClass().name(),
					cell(r.formula())))
				.append('\n');
		}
		out.append("\nverdict,core_met,core_total,deadline,standard\n")
			.append(String.join(",", e.verdict().outcome().name(), String.valueOf(e.verdict().coreMet()),
					String.valueOf(e.verdict().coreTotal()),
					(e.verdict().deadlineYear() != null) ? e.verdict().deadlineYear().toString() : "",
					e.standardReference()))
			.append('\n');
		return out.toString();
	}

	String error(String problem, Locale locale) {
		return render(Message.of("evaluation.cli.error", problem), locale);
	}

	/**
	 * An error whose text is a message (a stored standard that no longer passes the
	 * checks, say): its text and every problem under it, in the chosen language.
	 */
	String error(org.gaoxin.shared.MessageException ex, Locale locale) {
		StringBuilder text = new StringBuilder(error(render(ex.text(), locale), locale));
		ex.details().forEach((detail) -> text.append('\n').append("  ").append(render(detail, locale)));
		return text.toString();
	}

	private String render(Message message, Locale locale) {
		return this.texts.render(message, locale);
	}

	private String text(String key, Locale locale) {
		return this.texts.get(key, locale);
	}

	private static void row(StringBuilder out, String[] cells, int[] widths) {
		for (int i = 0; i < cells.length; i++) {
			out.append(cells[i]).append(" ".repeat(Math.max(1, widths[i] - displayWidth(cells[i]))));
		}
		out.append('\n');
	}

	/** Terminal columns: CJK characters take two. */
	static int displayWidth(String text) {
		return text.codePoints()
			.map((c) -> (c >= 0x1100 && Character.isIdeographic(c) || c >= 0xFF00 && c <= 0xFFEF
					|| c >= 0x3000 && c <= 0x303F) ? 2 : 1)
			.sum();
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * Quotes a CSV cell that needs it; a leading = + - @ is neutralised so no spreadsheet
	 * runs it as a formula.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = org.gaoxin.shared.export.TableExport.neutralise(value);
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
