package org.gaoxin.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gaoxin.support.DemoApplicationTest;

/**
 * Whatever CSV file is imported (the first byte chooses the kind), the import ends in a
 * documented outcome. Seeds:
 * src/test/resources/org/gaoxin/intake/CsvImportFuzzTestInputs; JAZZER_FUZZ=1 fuzzes
 * (docs/decisions/0012).
 */
@DemoApplicationTest
class CsvImportFuzzTest extends ImportFuzzing {

	@FuzzTest(maxDuration = "5m")
	void aCsvFileEndsInADocumentedOutcome(byte[] file) {
		ImportKind kind = KINDS[(file.length == 0) ? 0 : Math.floorMod(file[0], KINDS.length)];
		importRolledBack(kind, "fuzz.csv", file);
	}

}
