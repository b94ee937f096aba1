package org.gaoxin.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the shipped Word template,
 * {@code src/main/resources/report/report-template.docx}, in the style of a government
 * document (GB/T 9704): A4, margins 37/35/28/26 mm, body 仿宋 三号 on a fixed 28-point line,
 * headings 黑体 (一、), 楷体 (（一）) and 仿宋 bold (1.), the cover's tags for poi-tl and
 * {@code {{body}}} where the report flows. Run it again after changing it:
 * {@code ./mvnw -o -q test-compile exec:java} is not set up, so run {@link #main} from
 * the IDE or {@code java -cp target/test-classes:…}; the test {@code ReportTemplateTest}
 * checks the shipped file still has what the writer needs.
 */
public final class ReportTemplateGenerator {

	private ReportTemplateGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of((args.length > 0) ? args[0] : "src/main/resources/" + DocxWriter.TEMPLATE);
		try (XWPFDocument document = build(); OutputStream out = Files.newOutputStream(target)) {
			document.write(out);
		}
	}

	static XWPFDocument build() {
		XWPFDocument document = new XWPFDocument();
		XWPFStyles styles = document.createStyles();
		style(styles, DocxWriter.BODY, "Gaoxin 正文", "仿宋", 32, false, 0, 640, null, false);
		style(styles, DocxWriter.HEADING_1, "Gaoxin 标题 1", "黑体", 32, false, 0, 0, 0, true);
		style(styles, DocxWriter.HEADING_2, "Gaoxin 标题 2", "楷体", 32, true, 0, 0, 1, true);
		style(styles, DocxWriter.HEADING_3, "Gaoxin 标题 3", "仿宋", 32, true, 0, 640, 2, true);
		style(styles, DocxWriter.CAPTION, "Gaoxin 题注", "黑体", 24, false, 1, 0, null, true);
		style(styles, DocxWriter.TABLE_TEXT, "Gaoxin 表格", "仿宋", 21, false, STJc.LEFT, 0, null, false);
		style(styles, "GxTitle", "Gaoxin 封面标题", "黑体", 44, false, 1, 0, null, false);
		style(styles, "GxCover", "Gaoxin 封面", "仿宋", 32, false, 1, 0, null, false);
		page(document);
		footer(document);
		XWPFParagraph space = document.createParagraph();
		space.setStyle("GxCover");
		space.setSpacingBefore(2400);
		cover(document, "GxTitle", "{{title}}");
		cover(document, "GxCover", "{{subtitle}}");
		XWPFParagraph gap = document.createParagraph();
		gap.setStyle("GxCover");
		gap.setSpacingBefore(3000);
		cover(document, "GxCover", "{{issuer}}");
		XWPFParagraph date = cover(document, "GxCover", "{{date}}");
		date.createRun().addBreak(BreakType.PAGE);
		XWPFParagraph body = document.createParagraph();
		body.setStyle(DocxWriter.BODY);
		body.createRun().setText("{{body}}");
		return document;
	}

	private static XWPFParagraph cover(XWPFDocument document, String style, String tag) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.createRun().setText(tag);
		return paragraph;
	}

	/**
	 * A paragraph style.
	 * @param halfPoints the size in half-points (三号 = 16 pt = 32)
	 * @param centred 1 centred, 0 justified
	 * @param firstLine first-line indent in twentieths of a point (two characters of 三号 =
	 * 640)
	 * @param outline the outline level for Word's navigation pane, null for body text
	 */
	private static void style(XWPFStyles styles, String id, String name, String eastAsia, int halfPoints, boolean bold,
			int centred, int firstLine, Integer outline, boolean keepNext) {
		style(styles, id, name, eastAsia, halfPoints, bold, (centred == 1) ? STJc.CENTER : STJc.BOTH, firstLine,
				outline, keepNext);
	}

	private static void style(XWPFStyles styles, String id, String name, String eastAsia, int halfPoints, boolean bold,
			STJc.Enum alignment, int firstLine, Integer outline, boolean keepNext) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		CTSpacing spacing = paragraph.addNewSpacing();
		// 三号 text on the fixed 28-point lines of GB/T 9704; larger (the cover's title)
		// and
		// smaller (tables, captions) at one and a half lines
		boolean fixed = halfPoints == 32;
		spacing.setLine(BigInteger.valueOf(fixed ? 560 : 360));
		spacing.setLineRule(fixed ? STLineSpacingRule.EXACT : STLineSpacingRule.AUTO);
		if (!fixed) {
			spacing.setBefore(BigInteger.valueOf(60));
			spacing.setAfter(BigInteger.valueOf(60));
		}
		paragraph.addNewJc().setVal(alignment);
		if (firstLine > 0) {
			paragraph.addNewInd().setFirstLine(BigInteger.valueOf(firstLine));
		}
		if (outline != null) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
		}
		if (keepNext) {
			paragraph.addNewKeepNext();
		}
		CTRPr run = style.addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii("Times New Roman");
		fonts.setHAnsi("Times New Roman");
		fonts.setEastAsia(eastAsia);
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		if (bold) {
			run.addNewB();
		}
		styles.addStyle(new XWPFStyle(style, styles));
	}

	/**
	 * Page numbers centred in the footer as 公文 write them (— 1 —); none on the cover,
	 * which is page 0, so the text starts at 1.
	 */
	private static void footer(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().getSectPr();
		section.addNewTitlePg();
		section.addNewPgNumType().setStart(BigInteger.ZERO);
		document.createFooter(HeaderFooterType.FIRST);
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.createRun().setText("— ");
		paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
		paragraph.createRun().setText(" —");
	}

	/** A4, margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(37)));
		margins.setBottom(BigInteger.valueOf(twips(35)));
		margins.setLeft(BigInteger.valueOf(twips(28)));
		margins.setRight(BigInteger.valueOf(twips(26)));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(992));
	}

	private static long twips(int millimetres) {
		return Math.round(millimetres / 25.4 * 1440);
	}

}
