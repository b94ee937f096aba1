package org.gaoxin.intake.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gaoxin.intake.FileProblem;
import org.gaoxin.shared.Message;

/**
 * Reads a .csv as one sheet of rows. The encoding is UTF-8 when the bytes are valid UTF-8
 * (with or without a byte-order mark), otherwise GB18030, the superset of GBK that
 * Chinese offices' software still writes.
 */
final class CsvReader implements TableSource {

	static final String SHEET = "CSV";

	static final Charset GB18030 = Charset.forName("GB18030");

	private final Path file;

	CsvReader(Path file) {
		this.file = file;
	}

	@Override
	public List<String> sheets() {
		return List.of(SHEET);
	}

	@Override
	public long size(String sheet) {
		try {
			return Files.size(this.file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	@Override
	public void read(String sheet, RowHandler handler, LongConsumer progress) {
		Charset charset = detect(this.file);
		try (InputStream in = new BufferedInputStream(new CountingStream(Files.newInputStream(this.file), progress));
				Reader reader = new InputStreamReader(skipBom(in, charset), charset);
				CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				List<String> cells = new ArrayList<>(record.size());
				for (int c = 0; c < record.size(); c++) {
					String value = record.get(c);
					if (value.length() > MAX_CELL_LENGTH) {
						throw new FileProblem(Message.of("intake.problem.cellTooLong", SHEET, row, ParsedRow.letter(c),
								MAX_CELL_LENGTH));
					}
					cells.add(value);
				}
				if (!handler.row(row, cells)) {
					return;
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new FileProblem(Message.of("intake.problem.csvUnreadable", String.valueOf(ex.getMessage())), ex);
		}
	}

	@Override
	public void close() {
		// nothing held open between reads
	}

	static Charset detect(Path file) {
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
			throw new FileProblem(Message.of("intake.problem.unreadable", String.valueOf(ex.getMessage())), ex);
		}
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
