package org.gaoxin.cultivation.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell a recipient's spreadsheet would run as a formula is written as text. */
class CandidateCsvTest {

	@Test
	void formulasAreNeutralised() {
		assertThat(CandidateCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CandidateCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CandidateCsv.cell("+1")).isEqualTo("'+1");
		assertThat(CandidateCsv.cell("-1")).isEqualTo("'-1");
	}

	@Test
	void ordinaryTextStaysAndCommasAreQuoted() {
		assertThat(CandidateCsv.cell("重庆黔江某某有限公司")).isEqualTo("重庆黔江某某有限公司");
		assertThat(CandidateCsv.cell("a,b")).isEqualTo("\"a,b\"");
	}

}
