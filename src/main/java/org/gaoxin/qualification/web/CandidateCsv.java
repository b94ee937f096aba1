package org.gaoxin.qualification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.qualification.Candidate;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;

/**
 * The pool as a table for spreadsheets, in the reader's language: headers, readiness and
 * gaps; cells a spreadsheet would run as formulas are neutralised.
 */
final class CandidateCsv {

	/** Bundle keys of the columns, in order. */
	static final List<String> HEADER_KEYS = List.of("qualification.export.creditCode", "qualification.export.name",
			"qualification.export.chain", "qualification.export.readiness", "qualification.export.failedConditions",
			"qualification.export.scoreMin", "qualification.export.scoreMax", "qualification.export.techSme",
			"qualification.export.gaps");

	private final Texts texts;

	private final Locale locale;

	/** The names of the zone's chains in the reader's language, by code. */
	private final Map<String, String> chainNames;

	CandidateCsv(Texts texts, Locale locale, Map<String, String> chainNames) {
		this.texts = texts;
		this.locale = locale;
		this.chainNames = chainNames;
	}

	List<String> headers() {
		return HEADER_KEYS.stream().map((key) -> this.texts.get(key, this.locale)).toList();
	}

	List<List<Object>> rows(List<Candidate> candidates) {
		String separator = this.texts.get("qualification.export.gapSeparator", this.locale);
		return candidates.stream()
			.map((c) -> Arrays.<Object>asList(c.creditCode(), c.name(), chainName(c.chainCode()),
					this.texts.label(c.readiness(), this.locale), c.failedConditions(), c.scoreMin(), c.scoreMax(),
					yesNo(c.techSme()),
					String.join(separator,
							c.gaps().stream().map((gap) -> this.texts.render(gap, this.locale)).toList())))
			.toList();
	}

	byte[] csv(List<Candidate> candidates) {
		return TableExport.csv(headers(), rows(candidates));
	}

	private String chainName(String code) {
		return (code != null) ? this.chainNames.getOrDefault(code, code) : null;
	}

	/** As text in the reader's language: a spreadsheet's own yes/no would be Chinese. */
	private String yesNo(boolean yes) {
		return this.texts.get(yes ? "qualification.yes" : "qualification.no", this.locale);
	}

	byte[] xlsx(List<Candidate> candidates) {
		return TableExport.xlsx(this.texts.get("qualification.export.sheet", this.locale), headers(), rows(candidates));
	}

}
