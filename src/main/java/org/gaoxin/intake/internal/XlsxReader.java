package org.gaoxin.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.gaoxin.intake.FileProblem;
import org.gaoxin.shared.Message;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx as a stream of rows: SAX over each sheet's XML, shared strings read by
 * our own parser with Excel's per-cell limit. Numbers come as the shortest decimal that
 * gives the stored double (what the person typed); dates as serial numbers. A formula, a
 * DOCTYPE (external entities), a cell beyond Excel's limits or an archive that inflates
 * too far refuses the whole file.
 */
final class XlsxReader implements TableSource {

	static {
		// a compressed part may not inflate more than 100-fold, nor beyond 200 MB
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	private final OPCPackage pkg;

	private final XSSFReader reader;

	private List<String> strings;

	XlsxReader(Path file) {
		try {
			this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			this.reader = new XSSFReader(this.pkg);
		}
		catch (IOException | OpenXML4JException | RuntimeException ex) {
			throw explain(ex);
		}
	}

	@Override
	public List<String> sheets() {
		List<String> names = new ArrayList<>();
		try {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) this.reader.getSheetsData();
			while (sheets.hasNext()) {
				sheets.next().close();
				names.add(sheets.getSheetName());
			}
		}
		catch (IOException | InvalidFormatException | RuntimeException ex) {
			throw explain(ex);
		}
		if (names.isEmpty()) {
			throw new FileProblem(Message.of("intake.problem.noSheet"));
		}
		return names;
	}

	@Override
	public long size(String sheet) {
		PackagePart part = part(sheet);
		return (part != null) ? Math.max(0, part.getSize()) : 0;
	}

	@Override
	public void read(String sheet, RowHandler handler, LongConsumer progress) {
		try {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) this.reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					if (sheets.getSheetName().equals(sheet)) {
						XMLReader xml = XMLHelper.newXMLReader();
						xml.setContentHandler(new SheetHandler(sheet, strings(), handler));
						xml.parse(new InputSource(new CountingStream(in, progress)));
						return;
					}
				}
			}
		}
		catch (StopReading ex) {
			// the handler has what it wants
		}
		catch (FileProblem ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException
				| javax.xml.parsers.ParserConfigurationException ex) {
			throw explain(ex);
		}
	}

	@Override
	public void close() {
		this.pkg.revert();
	}

	private PackagePart part(String sheet) {
		try {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) this.reader.getSheetsData();
			while (sheets.hasNext()) {
				sheets.next().close();
				if (sheets.getSheetName().equals(sheet)) {
					return sheets.getSheetPart();
				}
			}
			return null;
		}
		catch (IOException | InvalidFormatException ex) {
			throw explain(ex);
		}
	}

	private List<String> strings()
			throws IOException, InvalidFormatException, SAXException, javax.xml.parsers.ParserConfigurationException {
		if (this.strings == null) {
			List<PackagePart> parts = this.pkg
				.getPartsByContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
			this.strings = parts.isEmpty() ? List.of() : SharedStrings.read(parts.get(0).getInputStream());
		}
		return this.strings;
	}

	static FileProblem explain(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileProblem problem) {
				return problem;
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("inflate ratio") || message.contains("max size")) {
				return new FileProblem(Message.of("intake.problem.zipBomb"), ex);
			}
			if (message.contains("DOCTYPE") || message.contains("doctype") || message.contains("external entit")) {
				return new FileProblem(Message.of("intake.problem.doctype"), ex);
			}
		}
		if (ex instanceof InvalidFormatException || ex instanceof NotOfficeXmlFileException) {
			return new FileProblem(Message.of("intake.problem.notWorkbook"), ex);
		}
		return new FileProblem(Message.of("intake.problem.unreadable", String.valueOf(ex.getMessage())), ex);
	}

	/** Thrown out of the SAX parser when the row handler has read enough. */
	static final class StopReading extends RuntimeException {

		@java.io.Serial
		private static final long serialVersionUID = 1L;

		StopReading() {
			super(null, null, false, false);
		}

	}

	private static final class SheetHandler extends DefaultHandler {

		private static final int MAX_ROWS = 1_048_576;

		private static final int MAX_COLUMNS = 16_384;

		private final String sheet;

		private final List<String> strings;

		private final RowHandler handler;

		private final StringBuilder text = new StringBuilder();

		private List<String> cells;

		private int rowNumber;

		private int column;

		private String type;

		private boolean inValue;

		private boolean inPhonetic;

		SheetHandler(String sheet, List<String> strings, RowHandler handler) {
			this.sheet = sheet;
			this.strings = strings;
			this.handler = handler;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					this.cells = new ArrayList<>();
					String r = attributes.getValue("r");
					this.rowNumber = (r != null) ? parseRow(r) : this.rowNumber + 1;
				}
				case "c" -> {
					String ref = attributes.getValue("r");
					this.column = (ref != null) ? columnIndex(ref) : this.cells.size();
					this.type = attributes.getValue("t");
					this.text.setLength(0);
				}
				case "f" -> throw new FileProblem(Message.of("intake.problem.formula", this.sheet, this.rowNumber,
						ParsedRow.letter(this.column)));
				case "rPh" -> this.inPhonetic = true;
				case "v", "t" -> this.inValue = !this.inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.inValue) {
				if (this.text.length() + length > MAX_CELL_LENGTH) {
					throw new FileProblem(Message.of("intake.problem.cellTooLong", this.sheet, this.rowNumber,
							ParsedRow.letter(this.column), MAX_CELL_LENGTH));
				}
				this.text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> this.inValue = false;
				case "rPh" -> this.inPhonetic = false;
				case "c" -> {
					while (this.cells.size() < this.column) {
						this.cells.add("");
					}
					this.cells.add(value());
				}
				case "row" -> {
					if (!this.handler.row(this.rowNumber, this.cells)) {
						throw new StopReading();
					}
				}
				default -> {
				}
			}
		}

		private String value() {
			String raw = this.text.toString();
			if (this.type == null || "n".equals(this.type)) {
				return raw.isEmpty() ? raw : ExcelNumbers.shortest(raw);
			}
			return switch (this.type) {
				case "s" -> sharedString(raw);
				case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
				case "e" -> "#" + raw;
				default -> raw;
			};
		}

		private String sharedString(String raw) {
			try {
				int index = Integer.parseInt(raw.strip());
				if (index >= 0 && index < this.strings.size()) {
					return this.strings.get(index);
				}
			}
			catch (NumberFormatException ex) {
				// falls through to the refusal below
			}
			throw new FileProblem(Message.of("intake.problem.unreadable", "shared string " + raw));
		}

		private int parseRow(String r) {
			try {
				int row = Integer.parseInt(r);
				if (row >= 1 && row <= MAX_ROWS) {
					return row;
				}
			}
			catch (NumberFormatException ex) {
				// a forged row number, refused below
			}
			throw new FileProblem(Message.of("intake.problem.forgedRow", r));
		}

		/**
		 * Excel's own limit: column XFD (16,384 columns); beyond it the file is forged.
		 */
		private static int columnIndex(String ref) {
			int index = 0;
			for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
				index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
				if (index > MAX_COLUMNS) {
					throw new FileProblem(Message.of("intake.problem.forgedColumn", ref));
				}
			}
			return index - 1;
		}

	}

}
