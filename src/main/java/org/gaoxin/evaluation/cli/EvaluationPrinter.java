package org.gaoxin.evaluation.cli;

import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.shared.LocalizedText;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

import org.springframework.stereotype.Component;

/**
 * The evaluation as the command line prints it: an aligned table, the API's JSON, or CSV.
 */
@Component
class EvaluationPrinter {

	private final ObjectMapper json;

	EvaluationPrinter(ObjectMapper json) {
		this.json = json;
	}

	String json(Evaluation evaluation) {
		return this.json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(evaluation);
	}

	String table(Evaluation e) {
		StringBuilder out = new StringBuilder();
		out.append(e.zoneCode())
			.append(' ')
			.append(e.year())
			.append(" · ")
			.append(e.standardName().zh())
			.append(" (")
			.append(e.standardReference())
			.append(")\n");
		String[] header = { "#", "指标 indicator", "值 value", "要求 rule", "状态 status", "差距% gap" };
		int[] widths = { 4, 40, 12, 12, 10, 9 };
		row(out, header, widths);
		for (IndicatorResult r : e.indicators()) {
			String rule = (r.threshold() != null) ? r.comparison().symbol() + " " + r.displayThreshold() : "is-true";
			String gap = (r.relativeGap() != null && r.relativeGap().signum() != 0) ? r.displayRelativeGap() : "";
			row(out, new String[] { r.code(), r.name().zh(), r.displayValue(), rule, r.status().name(), gap }, widths);
		}
		out.append("\n结论 verdict: ")
			.append(e.verdict().outcome().nameZh())
			.append(" / ")
			.append(e.verdict().outcome().name())
			.append(" — 核心指标达标 core met ")
			.append(e.verdict().coreMet())
			.append('/')
			.append(e.verdict().coreTotal());
		if (e.verdict().deadlineYear() != null) {
			out.append(" — 期限 deadline ").append(e.verdict().deadlineYear());
		}
		out.append('\n');
		for (LocalizedText reason : e.verdict().reasons()) {
			out.append("  · ").append(reason.zh()).append(" / ").append(reason.en()).append('\n');
		}
		return out.toString();
	}

	String csv(Evaluation e) {
		StringBuilder out = new StringBuilder(
				"code,name_zh,name_en,category,unit,value,comparison,threshold,status,absolute_gap,relative_gap,gap_class,formula\n");
		for (IndicatorResult r : e.indicators()) {
			out.append(
					String.join(",", r.code(), cell(r.name().zh()), cell(r.name().en()), r.category(), r.unit().name(),
							(r.value() != null) ? r.value().toPlainString()
									: (r.fact() != null) ? r.fact().toString() : "",
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

	private static String plain(java.math.BigDecimal value) {
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
