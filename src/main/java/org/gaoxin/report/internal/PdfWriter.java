package org.gaoxin.report.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gaoxin.report.internal.ReportDocument.Block;
import org.gaoxin.report.internal.ReportDocument.Chart;
import org.gaoxin.report.internal.ReportDocument.Heading;
import org.gaoxin.report.internal.ReportDocument.Paragraph;
import org.gaoxin.report.internal.ReportDocument.Table;

import org.springframework.stereotype.Component;

/**
 * Lays a report out on A4 pages with PDFBox: a cover, numbered headings, paragraphs
 * indented two characters, tables that continue on the next page under their header
 * again, charts as images, page numbers in the style of 公文 (— 1 —). The fonts are
 * embedded as subsets; a character the font lacks is written as a replacement mark rather
 * than failing the report.
 */
@Component
public class PdfWriter {

	private static final float MARGIN_TOP = 72f;

	private static final float MARGIN_BOTTOM = 72f;

	private static final float MARGIN_LEFT = 79f;

	private static final float MARGIN_RIGHT = 74f;

	private static final float BODY_SIZE = 12f;

	private static final float TABLE_SIZE = 9f;

	private static final float CELL_PADDING = 3f;

	/**
	 * The fonts parsed once a thread (their tables and character maps take longer to read
	 * than a report to lay out); a parsed font reads as it goes, so threads do not share
	 * one.
	 */
	private final ThreadLocal<TrueTypeFont[]> parsed;

	PdfWriter(ReportFonts fonts) {
		this.parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[] { parse(fonts.body()), parse(fonts.heading()) });
	}

	public byte[] write(ReportDocument report) {
		try (PDDocument document = new PDDocument()) {
			TrueTypeFont[] parsed = this.parsed.get();
			Layout layout = new Layout(document, load(document, parsed[0]), load(document, parsed[1]));
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(report.title());
			info.setSubject(report.subtitle());
			info.setAuthor(report.issuer());
			layout.cover(report);
			for (Block block : report.blocks()) {
				if (block instanceof Heading h) {
					layout.heading(h);
				}
				else if (block instanceof Paragraph p) {
					layout.paragraph(p.text(), layout.body, BODY_SIZE, 2 * BODY_SIZE);
				}
				else if (block instanceof Table t) {
					layout.table(t);
				}
				else if (block instanceof Chart c) {
					layout.chart(c);
				}
			}
			layout.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Font load(PDDocument document, TrueTypeFont ttf) throws IOException {
		// the document does not close a font it was given; it subsets it when saved
		return new Font(PDType0Font.load(document, ttf, true), ttf);
	}

	private static TrueTypeFont parse(byte[] bytes) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A PDF font with the TrueType font behind it, to know which characters it has;
	 * widths are measured once a character (a report has a few hundred distinct ones).
	 */
	private static final class Font {

		private final PDType0Font pdf;

		private final TrueTypeFont ttf;

		private final Map<Integer, Float> widths = new HashMap<>();

		private final Map<Integer, Boolean> present = new HashMap<>();

		Font(PDType0Font pdf, TrueTypeFont ttf) {
			this.pdf = pdf;
			this.ttf = ttf;
		}

		PDType0Font pdf() {
			return this.pdf;
		}

		/** The text with every character the font cannot show replaced. */
		String printable(String text) {
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach((cp) -> {
				int c = (cp == '\t' || cp == '\u00a0') ? ' ' : cp;
				if (c < 0x20) {
					return;
				}
				out.appendCodePoint(has(c) ? c : (has(0xfffd) ? 0xfffd : '?'));
			});
			return out.toString();
		}

		boolean has(int codePoint) {
			return this.present.computeIfAbsent(codePoint, (cp) -> {
				try {
					return this.ttf.getUnicodeCmapLookup().getGlyphId(cp) != 0;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}

		/** The width of a printable text at {@code size} points. */
		float width(String text, float size) {
			float units = 0;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				units += width(cp);
				i += Character.charCount(cp);
			}
			return units / 1000f * size;
		}

		float width(int codePoint) {
			return this.widths.computeIfAbsent(codePoint, (cp) -> {
				try {
					return this.pdf.getStringWidth(new String(Character.toChars(cp)));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}

	}

	/** Where the next line goes; pages are added as the flow needs them. */
	private static final class Layout {

		private final PDDocument document;

		private final Font body;

		private final Font heading;

		private final float width;

		private final float height;

		private PDPageContentStream stream;

		private float y;

		private final List<PDPage> numbered = new ArrayList<>();

		Layout(PDDocument document, Font body, Font heading) {
			this.document = document;
			this.body = body;
			this.heading = heading;
			this.width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
			this.height = PDRectangle.A4.getHeight();
		}

		void cover(ReportDocument report) throws IOException {
			newPage(false);
			this.y = this.height - 220f;
			centred(report.title(), this.heading, 24f, 36f);
			this.y -= 24f;
			centred(report.subtitle(), this.body, 15f, 24f);
			this.y = 200f;
			centred(report.issuer(), this.body, 15f, 26f);
			centred(report.date(), this.body, 15f, 26f);
			newPage(true);
		}

		void heading(Heading h) throws IOException {
			float size = switch (h.level()) {
				case 1 -> 16f;
				case 2 -> 14f;
				default -> 12.5f;
			};
			Font font = (h.level() == 3) ? this.body : this.heading;
			// a heading does not stand alone at the foot of a page
			need(size * 1.8f + BODY_SIZE * 3.5f);
			this.y -= (h.level() == 1) ? 10f : 4f;
			paragraph(h.text(), font, size, 0f);
		}

		void paragraph(String text, Font font, float size, float indent) throws IOException {
			for (String part : text.split("\n")) {
				List<String> lines = wrap(font, font.printable(part), size, this.width, indent);
				float leading = size * 1.75f;
				for (int i = 0; i < lines.size(); i++) {
					need(leading);
					this.y -= leading;
					show(lines.get(i), font, size, MARGIN_LEFT + ((i == 0) ? indent : 0f), this.y + size * 0.45f);
				}
			}
			this.y -= size * 0.3f;
		}

		void table(Table table) throws IOException {
			paragraph(table.caption(), this.heading, 10.5f, 0f);
			int columns = table.headers().size();
			float[] widths = columnWidths(table, columns);
			List<String> header = table.headers();
			row(header, widths, table.numeric(), true);
			for (List<String> row : table.rows()) {
				List<List<String>> cells = cells(row, widths);
				float rowHeight = rowHeight(cells);
				if (this.y - rowHeight < MARGIN_BOTTOM) {
					newPage(true);
					row(header, widths, table.numeric(), true);
				}
				draw(cells, widths, table.numeric(), false, rowHeight);
			}
			this.y -= 10f;
		}

		void chart(Chart chart) throws IOException {
			float scaled = this.width * chart.height() / chart.width();
			need(scaled + 30f);
			PDImageXObject image = JPEGFactory.createFromByteArray(this.document, chart.jpeg());
			this.y -= scaled;
			this.stream.drawImage(image, MARGIN_LEFT, this.y, this.width, scaled);
			this.y -= 4f;
			centredSmall(chart.caption());
		}

		void finish() throws IOException {
			this.stream.close();
			int n = 1;
			for (PDPage page : this.numbered) {
				try (PDPageContentStream footer = new PDPageContentStream(this.document, page,
						PDPageContentStream.AppendMode.APPEND, true)) {
					String text = "— " + n++ + " —";
					float w = this.body.width(text, 11f);
					footer.beginText();
					footer.setFont(this.body.pdf(), 11f);
					footer.newLineAtOffset((PDRectangle.A4.getWidth() - w) / 2, MARGIN_BOTTOM / 2);
					footer.showText(text);
					footer.endText();
				}
			}
		}

		private void row(List<String> row, float[] widths, List<Boolean> numeric, boolean header) throws IOException {
			List<List<String>> cells = cells(row, widths);
			float rowHeight = rowHeight(cells);
			need(rowHeight * 2);
			draw(cells, widths, numeric, header, rowHeight);
		}

		private void draw(List<List<String>> cells, float[] widths, List<Boolean> numeric, boolean header,
				float rowHeight) throws IOException {
			float x = MARGIN_LEFT;
			float top = this.y;
			if (header) {
				this.stream.setNonStrokingColor(new Color(0xee, 0xf2, 0xf7));
				this.stream.addRect(MARGIN_LEFT, top - rowHeight, this.width, rowHeight);
				this.stream.fill();
				this.stream.setNonStrokingColor(Color.BLACK);
			}
			Font font = header ? this.heading : this.body;
			for (int c = 0; c < cells.size(); c++) {
				float lineY = top - CELL_PADDING - TABLE_SIZE;
				for (String line : cells.get(c)) {
					float w = font.width(line, TABLE_SIZE);
					boolean right = !header && c < numeric.size() && numeric.get(c);
					float lineX = right ? x + widths[c] - CELL_PADDING - w : x + CELL_PADDING;
					show(line, font, TABLE_SIZE, lineX, lineY);
					lineY -= TABLE_SIZE * 1.35f;
				}
				x += widths[c];
			}
			this.stream.setLineWidth(0.5f);
			this.stream.setStrokingColor(Color.GRAY);
			this.stream.addRect(MARGIN_LEFT, top - rowHeight, this.width, rowHeight);
			float lineX = MARGIN_LEFT;
			for (int c = 0; c < widths.length - 1; c++) {
				lineX += widths[c];
				this.stream.moveTo(lineX, top);
				this.stream.lineTo(lineX, top - rowHeight);
			}
			this.stream.stroke();
			this.y = top - rowHeight;
		}

		private List<List<String>> cells(List<String> row, float[] widths) {
			List<List<String>> cells = new ArrayList<>();
			for (int c = 0; c < widths.length; c++) {
				String text = (c < row.size() && row.get(c) != null) ? row.get(c) : "";
				List<String> lines = new ArrayList<>();
				for (String part : text.split("\n")) {
					lines.addAll(
							wrap(this.body, this.body.printable(part), TABLE_SIZE, widths[c] - 2 * CELL_PADDING, 0f));
				}
				cells.add(lines);
			}
			return cells;
		}

		private static float rowHeight(List<List<String>> cells) {
			int lines = cells.stream().mapToInt(List::size).max().orElse(1);
			return Math.max(1, lines) * TABLE_SIZE * 1.35f + 2 * CELL_PADDING;
		}

		/**
		 * Narrow columns (codes, numbers, units) keep their natural width; the wide ones
		 * share the rest in proportion to theirs and wrap.
		 */
		private float[] columnWidths(Table table, int columns) {
			float[] natural = new float[columns];
			for (int c = 0; c < columns; c++) {
				natural[c] = widest(this.heading, table.headers().get(c));
			}
			for (List<String> row : table.rows()) {
				for (int c = 0; c < columns && c < row.size(); c++) {
					natural[c] = Math.max(natural[c], widest(this.body, row.get(c)));
				}
			}
			float narrow = this.width * 0.12f;
			float fixed = 0;
			float flexible = 0;
			for (int c = 0; c < columns; c++) {
				natural[c] += 2 * CELL_PADDING + 1;
				if (natural[c] <= narrow) {
					fixed += natural[c];
				}
				else {
					flexible += Math.min(natural[c], this.width * 0.6f);
				}
			}
			float[] widths = new float[columns];
			float rest = this.width - fixed;
			boolean fits = rest > 0 && (flexible == 0 || rest >= flexible * 0.25f);
			float total = 0;
			for (int c = 0; c < columns; c++) {
				if (!fits) {
					widths[c] = natural[c];
				}
				else if (natural[c] <= narrow) {
					widths[c] = natural[c];
				}
				else {
					widths[c] = Math.min(natural[c], this.width * 0.6f) * rest / flexible;
				}
				total += widths[c];
			}
			for (int c = 0; c < columns; c++) {
				widths[c] = widths[c] * this.width / total;
			}
			return widths;
		}

		private float widest(Font font, String text) {
			float widest = 0;
			for (String line : ((text != null) ? text : "").split("\n")) {
				widest = Math.max(widest, font.width(font.printable(line), TABLE_SIZE));
			}
			return widest;
		}

		private void centred(String text, Font font, float size, float leading) throws IOException {
			for (String line : wrap(font, font.printable(text), size, this.width, 0f)) {
				this.y -= leading;
				float w = font.width(line, size);
				show(line, font, size, MARGIN_LEFT + (this.width - w) / 2, this.y);
			}
		}

		private void centredSmall(String text) throws IOException {
			need(16f);
			centred(text, this.body, 10f, 14f);
			this.y -= 8f;
		}

		private void show(String text, Font font, float size, float x, float baseline) throws IOException {
			if (text.isEmpty()) {
				return;
			}
			this.stream.beginText();
			this.stream.setFont(font.pdf(), size);
			this.stream.newLineAtOffset(x, baseline);
			this.stream.showText(text);
			this.stream.endText();
		}

		private void need(float space) throws IOException {
			if (this.y - space < MARGIN_BOTTOM) {
				newPage(true);
			}
		}

		private void newPage(boolean numberedPage) throws IOException {
			if (this.stream != null) {
				this.stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			if (numberedPage) {
				this.numbered.add(page);
			}
			this.stream = new PDPageContentStream(this.document, page);
			this.y = this.height - MARGIN_TOP;
		}

		/**
		 * Lines of at most {@code width}: Chinese breaks between any two characters,
		 * other text at the last space where there is one.
		 */
		private static List<String> wrap(Font font, String text, float size, float width, float indent) {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			float available = (width - indent) * 1000f / size;
			float used = 0;
			int lastSpace = -1;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				i += Character.charCount(cp);
				float w = font.width(cp);
				if (used + w > available && line.length() > 0) {
					String rest = "";
					if (cp != ' ' && !cjk(cp) && lastSpace > 0) {
						rest = line.substring(lastSpace);
						line.setLength(lastSpace);
					}
					lines.add(line.toString().stripTrailing());
					line = new StringBuilder(rest);
					used = font.width(rest, 1000f);
					lastSpace = -1;
					available = width * 1000f / size;
				}
				line.appendCodePoint(cp);
				used += w;
				if (cp == ' ') {
					lastSpace = line.length();
				}
			}
			if (line.length() > 0 || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		private static boolean cjk(int cp) {
			return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303f)
					|| (cp >= 0xff00 && cp <= 0xffef);
		}

	}

}
