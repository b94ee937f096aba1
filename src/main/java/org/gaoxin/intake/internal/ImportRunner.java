package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.intake.Column;
import org.gaoxin.intake.FileProblem;
import org.gaoxin.intake.ImportError;
import org.gaoxin.intake.ImportState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: read and check every row, then check the rows against each other and
 * the stored data; write in one transaction only when no row has an error, and only after
 * confirmation when stored figures would be replaced.
 */
public final class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private static final int MAX_ERRORS = 10_000;

	private ImportRunner() {
	}

	public static <T> void check(ImportJob job, KindHandler<T> handler) {
		try {
			List<Located<T>> rows = read(job, handler);
			if (!job.errors.isEmpty()) {
				job.state = ImportState.FAILED;
				return;
			}
			job.state = ImportState.CHECKING;
			Plan<T> plan = handler.plan(rows, job.scope);
			job.checked.set(rows.size());
			job.rows = rows;
			job.plan = plan;
			job.state = !job.errors.isEmpty() ? ImportState.FAILED
					: plan.replaced().isEmpty() ? ImportState.WRITING : ImportState.AWAITING_CONFIRMATION;
		}
		catch (FileProblem ex) {
			job.problem = ex.getMessage();
			job.state = ImportState.REFUSED;
		}
		catch (RuntimeException | Error ex) {
			log.warn("Import {} of {} failed", job.id, job.fileName, ex);
			job.problem = "导入失败,未写入任何数据(详情见服务器日志) / the import failed and wrote nothing (details in the server log)";
			job.state = ImportState.REFUSED;
		}
	}

	/**
	 * Writes the plan in one transaction. A confirmed plan (one that replaces stored
	 * figures) is checked again inside the transaction: if what it would change is no
	 * longer what was shown, nothing is written.
	 */
	@SuppressWarnings("unchecked")
	public static <T> void write(ImportJob job, KindHandler<T> handler, TransactionTemplate transaction) {
		job.state = ImportState.WRITING;
		try {
			transaction.executeWithoutResult((status) -> {
				Plan<T> shown = (Plan<T>) job.plan;
				Plan<T> current = shown;
				if (!shown.replaced().isEmpty()) {
					int errors = job.errors.size();
					current = handler.plan((List<Located<T>>) job.rows, job.scope);
					if (job.errors.size() != errors || !current.changes().equals(shown.changes())
							|| current.created().size() != shown.created().size()) {
						throw new StaleImportException();
					}
				}
				handler.write(current, job.scope, source(job), job.written::set);
				job.touched = handler.touched(current);
			});
			job.rows = null;
			job.state = ImportState.DONE;
		}
		catch (StaleImportException ex) {
			job.problem = ex.getMessage();
			job.state = ImportState.REFUSED;
		}
		catch (RuntimeException | Error ex) {
			log.warn("Import {} of {} could not be written", job.id, job.fileName, ex);
			job.problem = "写入失败,已全部回滚(详情见服务器日志) / writing failed and was rolled back (details in the server log)";
			job.state = ImportState.REFUSED;
		}
	}

	/** The import as the audit log names it: file (shortened) and job. */
	static String source(ImportJob job) {
		String name = (job.fileName != null) ? job.fileName : "";
		return "import " + ((name.length() > 60) ? name.substring(0, 60) + "…" : name) + " ("
				+ job.id.toString().substring(0, 8) + ")";
	}

	private static <T> List<Located<T>> read(ImportJob job, KindHandler<T> handler) {
		List<Located<T>> rows = new ArrayList<>();
		Map<String, Integer> keys = new HashMap<>();
		Map<Column, Integer> positions = new LinkedHashMap<>();
		boolean[] headerSeen = { false };
		RowHandler each = (sheet, number, cells) -> {
			if (cells.stream().allMatch((c) -> c == null || c.isBlank())) {
				return;
			}
			if (!headerSeen[0]) {
				headerSeen[0] = true;
				header(job, handler, sheet, number, cells, positions);
				return;
			}
			if (!job.errors.isEmpty() && job.read.get() == 0 && headerFailed(job)) {
				return;
			}
			if (job.errors.size() >= MAX_ERRORS) {
				return;
			}
			job.read.incrementAndGet();
			ParsedRow row = new ParsedRow(sheet, number, cells, positions, job.errors);
			T value = handler.parse(row);
			row.release();
			if (value == null) {
				return;
			}
			Integer first = keys.putIfAbsent(handler.key(value), number);
			if (first != null) {
				row.rowError(handler.keyColumn(), handler.key(value), "与第" + first + "行重复", "duplicates row " + first);
				return;
			}
			rows.add(new Located<>(row, value));
		};
		if (FileKind.of(job.file, job.fileName) == FileKind.XLSX) {
			XlsxReader.read(job.file, each);
		}
		else {
			CsvReader.read(job.file, "CSV", each);
		}
		if (!headerSeen[0]) {
			throw new FileProblem("文件中没有数据 / the file has no rows");
		}
		return rows;
	}

	/**
	 * A header that names a unit in brackets ("营业收入(万元)") must name the column's own
	 * unit.
	 */
	static boolean statedUnitDiffers(String header, Column column) {
		java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("[((\\[【]\\s*([^))\\]】]+?)\\s*[))\\]】]")
			.matcher(header);
		if (column.unit() == null || !bracket.find()) {
			return false;
		}
		String stated = bracket.group(1).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
		for (org.gaoxin.shared.Unit unit : org.gaoxin.shared.Unit.values()) {
			boolean names = stated.equals(unit.symbolZh())
					|| stated.equals(unit.symbolEn().replace(" ", "").toLowerCase(java.util.Locale.ROOT));
			if (names) {
				return unit != column.unit() && !unit.symbolZh().equals(column.unit().symbolZh());
			}
		}
		return false;
	}

	private static boolean headerFailed(ImportJob job) {
		return job.errors.stream().allMatch((e) -> e.row() == job.errors.get(0).row());
	}

	private static void header(ImportJob job, KindHandler<?> handler, String sheet, int number, List<String> cells,
			Map<Column, Integer> positions) {
		for (int i = 0; i < cells.size(); i++) {
			String text = (cells.get(i) != null) ? cells.get(i).strip() : "";
			if (text.isEmpty()) {
				continue;
			}
			Column column = handler.columns().stream().filter((c) -> c.matches(text)).findFirst().orElse(null);
			if (column == null) {
				job.errors.add(new ImportError(sheet, number, i, ParsedRow.letter(i), text, "无法识别的列名",
						"unknown column: use the template's headers, their English names or Torch codes"));
			}
			else if (statedUnitDiffers(text, column)) {
				job.errors.add(new ImportError(sheet, number, i, ParsedRow.letter(i), text,
						"单位不符:本列应为" + column.unit().symbolZh() + ",请换算后再导入",
						"wrong unit: this column is in " + column.unit().symbolEn() + "; convert before importing"));
			}
			else if (positions.putIfAbsent(column, i) != null) {
				job.errors.add(new ImportError(sheet, number, i, ParsedRow.letter(i), text, "列重复",
						"the column appears twice"));
			}
		}
		for (Column column : handler.columns()) {
			if (column.required() && !positions.containsKey(column)) {
				job.errors.add(new ImportError(sheet, number, -1, column.header(), "", "缺少必填列:" + column.header(),
						"missing required column: " + column.nameEn()));
			}
		}
	}

}
