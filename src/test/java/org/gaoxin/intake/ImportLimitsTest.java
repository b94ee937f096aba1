package org.gaoxin.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.intake.internal.ImportJobs;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an import keeps is bounded whatever the file: the upload's size, a run of blank
 * rows, a cell's length, the errors kept; and what an interrupted import left is removed
 * at the next start.
 */
@DemoApplicationTest
@Transactional
@TestPropertySource(properties = { "gaoxin.intake.max-file-bytes=200000", "gaoxin.intake.blank-rows-to-stop=5",
		"gaoxin.intake.max-errors=3" })
class ImportLimitsTest {

	private static final List<Object> HEADER = List.of("统一社会信用代码", "企业名称", "园区代码", "行业", "成立日期", "规上企业");

	@Autowired
	Imports imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Value("${gaoxin.data-dir}")
	Path dataDir;

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsRead() {
		assertThatThrownBy(() -> run("big.csv", new byte[300_000])).isInstanceOfSatisfying(FileProblem.class,
				(ex) -> assertThat(TestTexts.en(ex.text())).contains("larger than"));
	}

	@Test
	void aRunOfBlankRowsEndsTheReading() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add(List.of("91500243MA60TKAB1T", "重庆彭水测试丝绸有限公司", "PS-IP", "丝绢", "2015-03-01", "否"));
		for (int i = 0; i < 10; i++) {
			rows.add(List.of("", "", "", "", "", ""));
		}
		rows.add(List.of("not even", "read"));
		ImportStatus status = run("blank.csv", TestFiles.csv(rows, StandardCharsets.UTF_8));
		assertThat(status.state()).isEqualTo(ImportState.DONE);
		assertThat(status.rowsRead()).isEqualTo(1);
		assertThat(status.notes()).extracting(TestTexts::en).anyMatch((n) -> n.contains("5 blank rows"));
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefusedWhileReading() {
		// varied text, so that the file does not look like a zip bomb first
		java.util.Random random = new java.util.Random(7);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 40_000; i++) {
			text.appendCodePoint(0x4E00 + random.nextInt(0x5000));
		}
		String huge = text.toString();
		ImportStatus csv = run("long.csv",
				TestFiles.csv(List.of(HEADER, List.of("x", huge, "", "", "", "")), StandardCharsets.UTF_8));
		assertThat(csv.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(csv.problem())).contains("32767");
		byte[] xlsx = TestFiles.replacePart(TestFiles.xlsx(List.of(List.of("a"))), "xl/worksheets/sheet1.xml",
				(out) -> out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + huge
						+ "</t></is></c></row></sheetData></worksheet>")
					.getBytes(StandardCharsets.UTF_8)));
		ImportStatus workbook = run("long.xlsx", xlsx);
		assertThat(workbook.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(workbook.problem())).contains("32767");
	}

	@Test
	void errorsBeyondTheLimitAreCountedNotKept() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (int i = 0; i < 8; i++) {
			rows.add(List.of("bad" + i, "名", "PS-IP", "行业", "2015-03-01", "否"));
		}
		ImportStatus status = run("bad.csv", TestFiles.csv(rows, StandardCharsets.UTF_8));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errorCount()).isEqualTo(8);
		assertThat(status.errors()).hasSize(3);
	}

	@Test
	void whatAnInterruptedImportLeftIsRemovedAtStart() throws Exception {
		Path uploads = this.dataDir.resolve("uploads");
		Files.createDirectories(uploads);
		Path leftover = Files.writeString(uploads.resolve("import-left.upload"), "half an upload");
		this.jdbc.sql("INSERT INTO import_row (job_id, row_no, record_key, cells) VALUES ('gone', 1, 'k', '[]')")
			.update();
		this.jobs.run(null);
		assertThat(leftover).doesNotExist();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_row").query(Long.class).single()).isZero();
	}

	private ImportStatus run(String name, byte[] content) {
		GaoxinPrincipal admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
		return SignedIn.as(admin,
				() -> this.imports.run(ImportKind.ENTERPRISES, name, TestFiles.stream(content), admin));
	}

}
