package org.gaoxin.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.filing.ReportField;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The import benchmarks' data: registered enterprises and their annual reports (35
 * columns, plausible and valid figures) as an .xlsx written like an office's export or as
 * a CSV, written as streams so that a million rows need no memory.
 */
public final class BenchmarkReports {

	private BenchmarkReports() {
	}

	/**
	 * An empty H2 file database in {@code folder} (deleted first), like the default
	 * deployment, with the data folder there and uploads allowed up to
	 * {@code maxFileBytes}.
	 */
	public static void freshFileDatabase(DynamicPropertyRegistry registry, Path folder, long maxFileBytes)
			throws IOException {
		FileSystemUtils.deleteRecursively(folder);
		Files.createDirectories(folder);
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.toAbsolutePath() + "/gaoxin");
		registry.add("gaoxin.data-dir", folder::toString);
		registry.add("gaoxin.intake.max-file-bytes", () -> String.valueOf(maxFileBytes));
	}

	/**
	 * Registers {@code count} enterprises, spread round-robin over the zones given, in
	 * batches; returns their credit codes in order.
	 */
	public static List<String> registerEnterprises(RegistryBulk registry, TransactionTemplate transaction, int count,
			List<String> zones) {
		List<String> codes = new ArrayList<>(count);
		List<NewEnterprise> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			CreditCode code = CreditCode.withCheckCharacter("91500243" + String.format("%08d", i) + "0");
			codes.add(code.value());
			batch.add(new NewEnterprise(code, "基准测试企业" + i, zones.get(i % zones.size()), "软件和信息技术服务", null,
					LocalDate.of(2015, 1, 1), false, false, null, null));
			if (batch.size() == 10_000 || i == count - 1) {
				List<NewEnterprise> chunk = List.copyOf(batch);
				transaction.executeWithoutResult(
						(status) -> registry.registerAll(chunk, "benchmark setup", DataScope.everything(Role.ADMIN)));
				batch.clear();
			}
		}
		return codes;
	}

	public static List<Object> header() {
		List<Object> header = new ArrayList<>(List.of("统一社会信用代码", "年度", "规上企业"));
		for (ReportField field : ReportField.values()) {
			header.add(field.code());
		}
		return header;
	}

	public static List<Object> row(String code, int year, int i) {
		List<Object> row = new ArrayList<>(List.of(code, year, "否"));
		int revenue = 5_000 + i % 50_000;
		for (ReportField field : ReportField.values()) {
			row.add(switch (field) {
				case OPERATING_REVENUE -> revenue;
				case INDUSTRIAL_OUTPUT, PRODUCT_SALES_REVENUE, TOTAL_COSTS -> revenue * 0.9;
				case HIGH_TECH_REVENUE -> revenue * 0.5;
				case RD_EXPENSE, RD_EXPENSE_DOMESTIC -> revenue * 0.04;
				case TAXES_PAID -> revenue * 0.05;
				case TOTAL_ASSETS -> 20_000;
				case LIABILITIES -> 8_000;
				case OWNERS_EQUITY -> 12_000;
				case EMPLOYEES -> 50 + i % 200;
				case ST_STAFF, RD_STAFF -> 10;
				default -> 0;
			});
		}
		return row;
	}

	public static void writeWorkbook(Path file, List<String> codes, int year) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("数据");
			write(sheet.createRow(0), header());
			for (int i = 0; i < codes.size(); i++) {
				write(sheet.createRow(i + 1), row(codes.get(i), year, i));
			}
			workbook.write(out);
		}
	}

	private static void write(Row row, List<Object> values) {
		for (int c = 0; c < values.size(); c++) {
			Object value = values.get(c);
			if (value instanceof Number number) {
				row.createCell(c).setCellValue(Math.round(number.doubleValue() * 100) / 100.0);
			}
			else {
				row.createCell(c).setCellValue(value.toString());
			}
		}
	}

	/** A CSV of every code's report for each of the years, year after year. */
	public static void writeCsv(Path file, Charset charset, List<String> codes, int... years) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, charset)) {
			out.write(String.join(",", header().stream().map(Object::toString).toList()));
			out.write("\r\n");
			for (int year : years) {
				for (int i = 0; i < codes.size(); i++) {
					out.write(String.join(",",
							row(codes.get(i), year, i).stream()
								.map((v) -> (v instanceof Double d) ? String.valueOf(Math.round(d * 100) / 100.0)
										: v.toString())
								.toList()));
					out.write("\r\n");
				}
			}
		}
	}

}
