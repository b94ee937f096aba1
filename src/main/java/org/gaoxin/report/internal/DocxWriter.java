package org.gaoxin.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.xmlbeans.XmlCursor;
import org.gaoxin.report.internal.ReportDocument.Block;
import org.gaoxin.report.internal.ReportDocument.Chart;
import org.gaoxin.report.internal.ReportDocument.Heading;
import org.gaoxin.report.internal.ReportDocument.Paragraph;
import org.gaoxin.report.internal.ReportDocument.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills the Word template with poi-tl: the cover's tags ({@code {{title}}}, {{subtitle}},
 * {{issuer}}, {{date}}) take the report's words, and at {@code {{body}}} the report's
 * flow is written in the template's own paragraph styles ({@link #HEADING_1} …). An
 * office restyles the report by changing those styles or the cover in Word; a template of
 * its own is named in {@code gaoxin.report.word-template}.
 */
@Component
public class DocxWriter {

	/** The shipped template (written by ReportTemplateGenerator in the tests). */
	public static final String TEMPLATE = "report/report-template.docx";

	public static final String HEADING_1 = "GxHeading1";

	public static final String HEADING_2 = "GxHeading2";

	public static final String HEADING_3 = "GxHeading3";

	public static final String BODY = "GxBody";

	public static final String CAPTION = "GxCaption";

	public static final String TABLE_TEXT = "GxTableText";

	private static final int CHART_WIDTH_EMU = Units.toEMU(430);

	/** The text width of A4 within the template's margins, in twentieths of a point. */
	private static final int TEXT_WIDTH = 11906 - 1587 - 1474;

	private final byte[] template;

	DocxWriter(@Value("${gaoxin.report.word-template:}") String template) {
		this.template = read(template);
	}

	/** With the shipped template. */
	public static DocxWriter shipped() {
		return new DocxWriter("");
	}

	public byte[] write(ReportDocument report) {
		BodyPolicy body = new BodyPolicy();
		Configure configure = Configure.builder().bind("body", body).build();
		Map<String, Object> data = new HashMap<>();
		data.put("title", report.title());
		data.put("subtitle", report.subtitle());
		data.put("issuer", report.issuer());
		data.put("date", report.date());
		data.put("body", report.blocks());
		try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(this.template), configure)
			.render(data)) {
			XWPFDocument document = filled.getXWPFDocument();
			body.removeMarker(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String configured) {
		try (InputStream in = (configured == null || configured.isBlank())
				? new ClassPathResource(TEMPLATE).getInputStream()
				: java.nio.file.Files.newInputStream(java.nio.file.Path.of(configured))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Word template " + configured, ex);
		}
	}

	/** Writes the blocks before the paragraph holding {@code {{body}}}, then drops it. */
	private static final class BodyPolicy implements RenderPolicy {

		private XWPFParagraph marker;

		@Override
		public void render(ElementTemplate element, Object data, XWPFTemplate template) {
			XWPFRun run = ((RunTemplate) element).getRun();
			this.marker = (XWPFParagraph) run.getParent();
			run.setText("", 0);
			XWPFDocument document = template.getXWPFDocument();
			@SuppressWarnings("unchecked")
			List<Block> blocks = (List<Block>) data;
			for (Block block : blocks) {
				if (block instanceof Heading h) {
					text(document, switch (h.level()) {
						case 1 -> HEADING_1;
						case 2 -> HEADING_2;
						default -> HEADING_3;
					}, h.text());
				}
				else if (block instanceof Paragraph p) {
					for (String line : p.text().split("\n")) {
						text(document, BODY, line);
					}
				}
				else if (block instanceof Table t) {
					table(document, t);
				}
				else if (block instanceof Chart c) {
					chart(document, c);
				}
			}
		}

		void removeMarker(XWPFDocument document) {
			if (this.marker != null) {
				int at = document.getPosOfParagraph(this.marker);
				if (at >= 0) {
					document.removeBodyElement(at);
				}
			}
		}

		private XWPFParagraph paragraph(XWPFDocument document, String style) {
			try (XmlCursor cursor = this.marker.getCTP().newCursor()) {
				XWPFParagraph paragraph = document.insertNewParagraph(cursor);
				paragraph.setStyle(style);
				return paragraph;
			}
		}

		private void text(XWPFDocument document, String style, String text) {
			paragraph(document, style).createRun().setText(text);
		}

		private void table(XWPFDocument document, Table t) {
			text(document, CAPTION, t.caption());
			XWPFTable table;
			try (XmlCursor cursor = this.marker.getCTP().newCursor()) {
				table = document.insertNewTbl(cursor);
			}
			CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
					: table.getCTTbl().getTblPr().addNewTblW();
			width.setType(STTblWidth.PCT);
			width.setW(BigInteger.valueOf(5000));
			XWPFTableRow header = table.getRow(0);
			fill(header, t.headers(), t.numeric(), true);
			header.setRepeatHeader(true);
			for (List<String> row : t.rows()) {
				fill(table.createRow(), row, t.numeric(), false);
			}
			widths(table, t);
			table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
			table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
			table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
			table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
			table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
			table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
			paragraph(document, BODY);
		}

		/**
		 * Columns as wide as their longest text suggests (a code column narrow, a name
		 * column wide), in twentieths of a point of the A4 text width.
		 */
		private static void widths(XWPFTable table, Table t) {
			int columns = t.headers().size();
			double[] weights = new double[columns];
			for (int c = 0; c < columns; c++) {
				weights[c] = length(t.headers().get(c));
				for (List<String> row : t.rows()) {
					if (c < row.size()) {
						weights[c] = Math.max(weights[c], length(row.get(c)));
					}
				}
				weights[c] = Math.max(3, Math.min(weights[c], 28));
			}
			double total = java.util.Arrays.stream(weights).sum();
			for (XWPFTableRow row : table.getRows()) {
				for (int c = 0; c < columns && c < row.getTableCells().size(); c++) {
					row.getCell(c).setWidth(String.valueOf(Math.round(TEXT_WIDTH * weights[c] / total)));
				}
			}
		}

		/** A text's width in Chinese characters: a Latin letter or digit counts half. */
		private static double length(String text) {
			double longest = 0;
			for (String line : ((text != null) ? text : "").split("\n")) {
				double width = line.codePoints().mapToDouble((cp) -> (cp < 0x2E80) ? 0.55 : 1).sum();
				longest = Math.max(longest, width);
			}
			return longest;
		}

		private static void fill(XWPFTableRow row, List<String> texts, List<Boolean> numeric, boolean header) {
			for (int c = 0; c < texts.size(); c++) {
				XWPFTableCell cell = (c < row.getTableCells().size()) ? row.getCell(c) : row.addNewTableCell();
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				paragraph.setStyle(TABLE_TEXT);
				if (!header && c < numeric.size() && numeric.get(c)) {
					paragraph.setAlignment(ParagraphAlignment.RIGHT);
				}
				if (header) {
					paragraph.setAlignment(ParagraphAlignment.CENTER);
					cell.setColor("EEF2F7");
				}
				XWPFRun run = paragraph.createRun();
				run.setBold(header);
				String[] lines = ((texts.get(c) != null) ? texts.get(c) : "").split("\n");
				for (int i = 0; i < lines.length; i++) {
					if (i > 0) {
						run.addBreak();
					}
					run.setText(lines[i]);
				}
			}
		}

		private void chart(XWPFDocument document, Chart c) {
			XWPFParagraph paragraph = paragraph(document, CAPTION);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			int height = (int) ((long) CHART_WIDTH_EMU * c.height() / c.width());
			try {
				paragraph.createRun()
					.addPicture(new ByteArrayInputStream(c.jpeg()), PictureType.JPEG, "chart.jpg", CHART_WIDTH_EMU,
							height);
			}
			catch (InvalidFormatException | IOException ex) {
				throw new IllegalStateException("Cannot embed the chart", ex);
			}
			text(document, CAPTION, c.caption());
		}

	}

}
