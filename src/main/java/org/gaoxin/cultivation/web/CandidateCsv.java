package org.gaoxin.cultivation.web;

import java.util.List;
import java.util.stream.Collectors;

import org.gaoxin.cultivation.Candidate;

/**
 * The pool as CSV for spreadsheets: a UTF-8 byte-order mark so Excel reads the Chinese,
 * and every cell that starts with = + - @ neutralised so no recipient's spreadsheet runs
 * it as a formula.
 */
final class CandidateCsv {

	private CandidateCsv() {
	}

	static String write(List<Candidate> candidates) {
		StringBuilder csv = new StringBuilder("\uFEFF统一社会信用代码,企业名称,产业链,培育状态,未满足条件数,创新能力评分下限,创新能力评分上限,科技型中小企业,差距\n");
		for (Candidate c : candidates) {
			csv.append(String.join(",", cell(c.creditCode()), cell(c.name()), cell(c.chainCode()),
					cell(c.readiness().nameZh()), String.valueOf(c.failedConditions()), number(c.scoreMin()),
					number(c.scoreMax()), c.techSme() ? "是" : "否",
					cell(c.gaps().stream().map((g) -> g.zh()).collect(Collectors.joining(";")))))
				.append('\n');
		}
		return csv.toString();
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static String number(Integer value) {
		return (value != null) ? value.toString() : "";
	}

}
