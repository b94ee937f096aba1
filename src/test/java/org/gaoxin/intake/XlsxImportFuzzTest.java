package org.gaoxin.intake;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gaoxin.support.DemoApplicationTest;

/**
 * Whatever workbook is imported, raw bytes or a workbook of fuzzed headers and cells, the
 * import ends in a documented outcome. Seeds:
 * src/test/resources/org/gaoxin/intake/XlsxImportFuzzTestInputs; JAZZER_FUZZ=1 fuzzes
 * (docs/decisions/0012).
 */
@DemoApplicationTest
class XlsxImportFuzzTest extends ImportFuzzing {

	@FuzzTest(maxDuration = "5m")
	void anXlsxFileEndsInADocumentedOutcome(FuzzedDataProvider data) {
		ImportKind kind = KINDS[data.consumeInt(0, KINDS.length - 1)];
		byte[] file;
		if (data.consumeBoolean()) {
			file = data.consumeRemainingAsBytes();
		}
		else {
			List<List<Object>> rows = new ArrayList<>();
			List<Object> header = new ArrayList<>();
			for (Column column : this.imports.columns(kind)) {
				if (data.consumeBoolean()) {
					header.add(column.key());
				}
			}
			rows.add(header);
			int rowCount = data.consumeInt(0, 20);
			for (int r = 0; r < rowCount; r++) {
				List<Object> row = new ArrayList<>();
				for (int c = 0; c < header.size(); c++) {
					row.add(switch (data.consumeInt(0, 3)) {
						case 0 -> data.consumeString(40);
						case 1 -> data.consumeDouble();
						case 2 -> data.consumeLong();
						default -> null;
					});
				}
				rows.add(row);
			}
			file = TestFiles.xlsx(rows);
		}
		importRolledBack(kind, "fuzz.xlsx", file);
	}

}
