package org.gaoxin.intake;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gaoxin.standard.Standards;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.FuzzChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CI's bounded fuzzing run: the csv and xlsx imports, the standard loader and the
 * self-assessment body fuzzed in one process, since Jazzer fuzzes one test per process
 * and starting the application under its instrumentation takes minutes. Each parser's own
 * fuzz test (CsvImportFuzzTest, XlsxImportFuzzTest, StandardsFuzzTest,
 * SelfAssessmentFuzzTest) is the one for a longer run (docs/decisions/0012).
 */
@DemoApplicationTest
class EveryParserFuzzTest extends ImportFuzzing {

	@Autowired
	Standards standards;

	@Autowired
	MockMvc mvc;

	@FuzzTest(maxDuration = "5m")
	void everyParserEndsInADocumentedOutcome(FuzzedDataProvider data) throws Exception {
		switch (data.consumeInt(0, 3)) {
			case 0 -> importRolledBack(KINDS[data.consumeInt(0, KINDS.length - 1)], "fuzz.csv",
					data.consumeRemainingAsBytes());
			case 1 -> importRolledBack(KINDS[data.consumeInt(0, KINDS.length - 1)], "fuzz.xlsx",
					data.consumeRemainingAsBytes());
			case 2 -> FuzzChecks.standardParsedOrRefused(this.standards, data.consumeRemainingAsBytes());
			default -> FuzzChecks.selfAssessmentAnsweredOrRefused(this.mvc,
					this.users.loadUserByUsername(DemoAccounts.ENTERPRISE), this.jdbc,
					data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8));
		}
	}

}
