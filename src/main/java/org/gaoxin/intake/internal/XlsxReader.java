package org.gaoxin.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.gaoxin.intake.FileProblem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx as a stream of rows (SAX over the sheet XML, shared
 * strings read-only): memory stays flat however many rows. Cells come as text as Excel
 * stores them (numbers in their raw form, dates as serial numbers). A formula, a DOCTYPE
 * (external entities) or an archive that inflates too far refuses the whole file.
 */
public final class XlsxReader {

	static {
		// a compressed part may not inflate more than 100-fold, nor beyond 200 MB
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	private XlsxReader() {
	}

	public static void read(Path file, RowHandler handler) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new FileProblem("工作簿中没有工作表 / the workbook has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(new SheetHandler(sheets.getSheetName(), strings, handler));
				xml.parse(new InputSource(sheet));
			}
		}
		catch (FileProblem ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException
				| javax.xml.parsers.ParserConfigurationException ex) {
			throw explain(ex);
		}
	}

	static FileProblem explain(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("inflate ratio") || message.contains("max size")) {
				return new FileProblem(
						"文件解压后异常膨胀(疑似压缩炸弹),已拒绝 / refused: the file inflates far beyond its size (a zip bomb)", ex);
			}
			if (message.contains("DOCTYPE") || message.contains("doctype") || message.contains("external entit")) {
				return new FileProblem(
						"文件含有 XML 文档类型声明(外部实体),已拒绝 / refused: the file declares an XML document type (external entities are not allowed)",
						ex);
			}
			if (cause instanceof FileProblem problem) {
				return problem;
			}
		}
		if (ex instanceof InvalidFormatException
				|| ex instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
			return new FileProblem("不是有效的 .xlsx 工作簿 / not a valid .xlsx workbook", ex);
		}
		return new FileProblem("无法读取该 .xlsx 文件 / the .xlsx file cannot be read: " + ex.getMessage(), ex);
	}

	private static final class SheetHandler extends DefaultHandler {

		private final String sheet;

		private final ReadOnlySharedStringsTable strings;

		private final RowHandler handler;

		private final StringBuilder text = new StringBuilder();

		private List<String> cells;

		private int rowNumber;

		private int column;

		private String type;

		private boolean inValue;

		SheetHandler(String sheet, ReadOnlySharedStringsTable strings, RowHandler handler) {
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
					this.rowNumber = (r != null) ? Integer.parseInt(r) : this.rowNumber + 1;
					if (this.rowNumber > 1_048_576 || this.rowNumber < 1) {
						throw new FileProblem("行号超出 Excel 范围 / a row number beyond Excel's 1,048,576 rows: " + r);
					}
				}
				case "c" -> {
					String ref = attributes.getValue("r");
					this.column = (ref != null) ? columnIndex(ref) : this.cells.size();
					this.type = attributes.getValue("t");
					this.text.setLength(0);
				}
				case "f" -> throw new FileProblem("不接受公式:工作表 " + this.sheet + " 第" + this.rowNumber + "行第"
						+ (this.column + 1) + "列 / formulas are not accepted: sheet " + this.sheet + ", row "
						+ this.rowNumber + ", column " + (this.column + 1));
				case "v", "t" -> this.inValue = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.inValue) {
				this.text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> this.inValue = false;
				case "c" -> {
					while (this.cells.size() < this.column) {
						this.cells.add("");
					}
					this.cells.add(value());
				}
				case "row" -> this.handler.row(this.sheet, this.rowNumber, this.cells);
				default -> {
				}
			}
		}

		private String value() {
			String raw = this.text.toString();
			if ("s".equals(this.type)) {
				return this.strings.getItemAt(Integer.parseInt(raw.trim())).getString();
			}
			if ("b".equals(this.type)) {
				return "1".equals(raw) ? "TRUE" : "FALSE";
			}
			if ("e".equals(this.type)) {
				return "#ERROR " + raw;
			}
			return raw;
		}

		/**
		 * Excel's own limits: column XFD (16,384 columns), 1,048,576 rows; beyond them
		 * the file is forged.
		 */
		private static int columnIndex(String ref) {
			int index = 0;
			for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
				index = index * 26 + (ref.charAt(i) - 'A' + 1);
				if (index > 16_384) {
					throw new FileProblem("单元格引用超出 Excel 范围 / a cell reference beyond Excel's 16,384 columns: " + ref);
				}
			}
			return index - 1;
		}

	}

}
