package org.gaoxin.intake.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gaoxin.intake.FileProblem;

/**
 * Reads a .csv as a stream of rows. The encoding is UTF-8 when the bytes are valid UTF-8
 * (with or without a byte-order mark), otherwise GB18030, the superset of GBK that
 * Chinese offices' software still writes.
 */
public final class CsvReader {

	public static final Charset GB18030 = Charset.forName("GB18030");

	private CsvReader() {
	}

	public static Charset detect(Path file) {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)), utf8)) {
			char[] buffer = new char[8192];
			while (reader.read(buffer) >= 0) {
				// reading to the end is the check
			}
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return GB18030;
		}
		catch (IOException ex) {
			throw new FileProblem("文件无法读取 / the file cannot be read", ex);
		}
	}

	public static void read(Path file, String sheetName, RowHandler handler) {
		Charset charset = detect(file);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
				Reader reader = new InputStreamReader(skipBom(in, charset), charset);
				CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				List<String> cells = new ArrayList<>(record.size());
				for (int c = 0; c < record.size(); c++) {
					String value = record.get(c);
					if (looksLikeFormula(value)) {
						throw new FileProblem(
								"不接受公式:第" + row + "行第" + (c + 1) + "列“" + value + "” / formulas are not accepted: row "
										+ row + ", column " + (c + 1) + " '" + value + "'");
					}
					cells.add(value);
				}
				handler.row(sheetName, row, cells);
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new FileProblem("CSV 格式有误 / the CSV cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * = or @ first, or + / - followed by something that is not a number: what a
	 * spreadsheet would run.
	 */
	static boolean looksLikeFormula(String value) {
		String v = value.strip();
		if (v.isEmpty()) {
			return false;
		}
		char first = v.charAt(0);
		if (first == '=' || first == '@') {
			return true;
		}
		if ((first == '+' || first == '-') && v.length() > 1) {
			char next = v.charAt(1);
			return !(Character.isDigit(next) || next == '.');
		}
		return false;
	}

	private static InputStream skipBom(InputStream in, Charset charset) throws IOException {
		if (charset.equals(StandardCharsets.UTF_8)) {
			in.mark(3);
			byte[] bom = in.readNBytes(3);
			if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
				in.reset();
			}
		}
		return in;
	}

}
