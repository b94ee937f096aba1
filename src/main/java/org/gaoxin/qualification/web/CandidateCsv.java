package org.gaoxin.qualification.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.gaoxin.qualification.Candidate;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;

/**
 * The pool as a table for spreadsheets; cells a spreadsheet would run as formulas are
 * neutralised.
 */
final class CandidateCsv {

	static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "产业链", "培育状态", "未满足条件数", "创新能力评分下限", "创新能力评分上限",
			"科技型中小企业", "差距");

	private CandidateCsv() {
	}

	static List<List<Object>> rows(List<Candidate> candidates, Texts texts) {
		return candidates.stream()
			.map((c) -> Arrays.<Object>asList(c.creditCode(), c.name(), c.chainCode(), c.readiness().nameZh(),
					c.failedConditions(), c.scoreMin(), c.scoreMax(), c.techSme(),
					c.gaps().stream().map((g) -> texts.render(g, Texts.CHINESE)).collect(Collectors.joining(";"))))
			.toList();
	}

	static String write(List<Candidate> candidates, Texts texts) {
		return new String(TableExport.csv(HEADERS, rows(candidates, texts)), java.nio.charset.StandardCharsets.UTF_8);
	}

}
