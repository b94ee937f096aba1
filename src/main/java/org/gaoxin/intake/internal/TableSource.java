package org.gaoxin.intake.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * An uploaded .xlsx or .csv opened for reading: its sheets (a CSV has one), each read as
 * a stream of rows so that memory stays flat however many rows there are.
 */
interface TableSource extends AutoCloseable {

	/** Excel's own limit on a cell's text. */
	int MAX_CELL_LENGTH = 32_767;

	List<String> sheets();

	/**
	 * Reads the sheet's rows in order until the handler stops; {@code progress} hears the
	 * bytes read so far, of {@link #size(String)}.
	 */
	void read(String sheet, RowHandler handler, LongConsumer progress);

	/** The sheet's size in bytes as read, for progress (0 when unknown). */
	long size(String sheet);

	@Override
	void close();

	static TableSource open(Path file, String fileName) {
		return (FileKind.of(file, fileName) == FileKind.XLSX) ? new XlsxReader(file) : new CsvReader(file);
	}

}
