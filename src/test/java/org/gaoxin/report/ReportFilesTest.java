package org.gaoxin.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.report.internal.DocxWriter;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Both reports for the demo zone, 2021, in the three formats, opened the way a reader's
 * software would: Word with POI, PDF with PDFBox and rendered with poppler's pdftoppm,
 * the workbook with POI. Qianjiang meets 20 of 23 core indicators; the three it misses
 * must be named.
 */
@DemoApplicationTest
class ReportFilesTest {

	static final List<String> UNMET = List.of("二三产业产值", "实际利用外资", "高新技术企业数");

	static final DataScope HEADQUARTERS = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	private static Map<ReportFormat, byte[]> selfAssessment;

	private static Map<ReportFormat, byte[]> monitoring;

	@TempDir
	Path folder;

	@BeforeAll
	static void generate(@Autowired Reports reports) {
		selfAssessment = reports.generate(ReportKind.SELF_ASSESSMENT, DemoAccounts.QIANJIANG, 2021, null,
				Locale.SIMPLIFIED_CHINESE, HEADQUARTERS);
		monitoring = reports.generate(ReportKind.MONITORING, DemoAccounts.QIANJIANG, 2021, null,
				Locale.SIMPLIFIED_CHINESE, HEADQUARTERS);
	}

	@Test
	void theSelfAssessmentInWordHasItsNumberedSectionsTheVerdictAndTheThreeGaps() throws IOException {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(selfAssessment.get(ReportFormat.DOCX)))) {
			assertThat(headings(word, DocxWriter.HEADING_1)).containsExactly("一、总体情况", "二、指标达标情况", "三、未达标指标及整改措施",
					"四、企业基础", "五、产业链", "六、目标展望", "七、附件：数据来源与计算方法");
			assertThat(headings(word, DocxWriter.HEADING_2)).contains("（一）发展基础")
				.anyMatch((h) -> h.startsWith("（一）二三产业产值"));
			String text = text(word);
			assertThat(text).contains("核心指标达标20/23项").contains("以认促建试点");
			assertThat(text).contains(UNMET);
			assertThat(text).doesNotContain("{{");
			assertThat(word.getAllPictures()).as("one chart a category and the regional one").hasSizeGreaterThan(3);
			assertThat(word.getTables().get(0).getRows()).hasSize(24);
		}
	}

	@Test
	void theMonitoringReportInWordHasTargetsChangesWarningsAndShortfalls() throws IOException {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(monitoring.get(ReportFormat.DOCX)))) {
			assertThat(headings(word, DocxWriter.HEADING_1)).containsExactly("一、总体情况", "二、目标展望", "三、指标同比变化", "四、预警",
					"五、补短板清单进展");
			String text = text(word);
			assertThat(text).contains("20/23").contains(UNMET).contains("2020");
		}
	}

	@Test
	void thePdfsCarryTheTextWithAnEmbeddedSubsetFontAndAGlyphForEveryCharacter() throws IOException {
		for (byte[] pdf : List.of(selfAssessment.get(ReportFormat.PDF), monitoring.get(ReportFormat.PDF))) {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				GlyphCheck check = new GlyphCheck();
				String text = check.getText(document);
				assertThat(text).contains("一、总体情况").contains("20/23").contains(UNMET);
				assertThat(check.missing).as("characters drawn without a glyph").isEmpty();
				assertThat(check.characters).isGreaterThan(1000);
				for (PDPage page : document.getPages()) {
					for (var name : page.getResources().getFontNames()) {
						PDFont font = page.getResources().getFont(name);
						assertThat(font).isInstanceOf(PDType0Font.class);
						assertThat(font.isEmbedded()).isTrue();
						// a subset's name starts with six capitals and a plus sign
						assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
					}
				}
			}
		}
		assertThat(selfAssessment.get(ReportFormat.PDF).length).as("the fonts are subset, not embedded whole")
			.isLessThan(4_000_000);
	}

	@Test
	void thePdfPagesRenderAndNoneIsBlank() throws IOException, InterruptedException {
		if (System.getenv("CI") != null) {
			assertThat(pdftoppm()).as("CI must install poppler-utils (see .ci/run)").isNotNull();
		}
		assumeTrue(pdftoppm() != null, "pdftoppm (poppler-utils) is not installed here; .ci/run installs it");
		Path pdf = this.folder.resolve("self-assessment.pdf");
		Files.write(pdf, selfAssessment.get(ReportFormat.PDF));
		Process process = new ProcessBuilder(pdftoppm(), "-r", "40", "-png", pdf.toString(),
				this.folder.resolve("page").toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).as("poppler complains of nothing").isBlank();
		int pages;
		try (PDDocument document = Loader.loadPDF(selfAssessment.get(ReportFormat.PDF))) {
			pages = document.getNumberOfPages();
		}
		List<Path> images;
		try (var files = Files.list(this.folder)) {
			images = files.filter((p) -> p.getFileName().toString().endsWith(".png")).sorted().toList();
		}
		assertThat(images).hasSize(pages);
		for (Path image : images) {
			assertThat(inkShare(ImageIO.read(image.toFile()))).as(image.getFileName().toString()).isGreaterThan(0.001);
		}
	}

	@Test
	void everyTableIsAlsoASheet() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(selfAssessment.get(ReportFormat.XLSX)))) {
			assertThat(workbook.getSheet("指标").getLastRowNum()).isEqualTo(24);
			assertThat(workbook.getSheet("指标").getRow(1).getCell(1).getStringCellValue()).isEqualTo("指标");
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(monitoring.get(ReportFormat.XLSX)))) {
			assertThat(workbook.getSheet("补短板").getLastRowNum()).isEqualTo(4);
		}
	}

	@Test
	void theChainsSectionStatesEachChainsEnterprisesOutputAndLinkStrengths(
			@Autowired org.gaoxin.industry.ChainOverviews overviews) throws IOException {
		List<org.gaoxin.industry.ChainOverview> chains = overviews.overview(DemoAccounts.QIANJIANG, 2021, HEADQUARTERS);
		assertThat(chains).isNotEmpty();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(selfAssessment.get(ReportFormat.XLSX)))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("产业链");
			List<String> header = new java.util.ArrayList<>();
			sheet.getRow(1).forEach((cell) -> header.add(cell.getStringCellValue()));
			assertThat(header).contains("企业数", "产值（万元）", "环节强弱");
			assertThat(sheet.getLastRowNum()).isEqualTo(chains.size() + 1);
			org.gaoxin.industry.ChainOverview first = chains.get(0);
			org.apache.poi.ss.usermodel.Row row = sheet.getRow(2);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first.chain().name(true));
			assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(3)))
				.isEqualTo(String.valueOf(first.figures().enterprises()));
			long flagged = first.gaps().size();
			String strengths = row.getCell(header.indexOf("环节强弱")).getStringCellValue();
			assertThat(strengths).matches("((补链|强链|延链|稳固) \\d+、?)+");
			if (flagged > 0) {
				assertThat(strengths).containsAnyOf("补链", "强链", "延链");
			}
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(selfAssessment.get(ReportFormat.DOCX)))) {
			String text = text(word);
			for (org.gaoxin.industry.ChainOverview chain : chains) {
				if (chain.gaps().isEmpty()) {
					assertThat(text).contains(chain.chain().name(true) + "各环节均稳固。");
				}
				else {
					org.gaoxin.industry.LinkOverview gap = chain.gaps().get(0);
					assertThat(text).contains(chain.chain().name(true) + "需补强的环节：")
						.contains(gap.link().name(true) + "（");
				}
			}
		}
	}

	@Test
	void inEnglishTheHeadingsAreNumberedTheEnglishWay(@Autowired Reports reports) throws IOException {
		Map<ReportFormat, byte[]> english = reports.generate(ReportKind.SELF_ASSESSMENT, DemoAccounts.QIANJIANG, 2021,
				null, Locale.ENGLISH, HEADQUARTERS);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(english.get(ReportFormat.DOCX)))) {
			assertThat(headings(word, DocxWriter.HEADING_1)).startsWith("1. Summary");
			assertThat(text(word)).contains("20/23").contains("Foreign capital actually utilised");
		}
	}

	@Test
	void aChainLeaderOrAnEnterpriseGetsNoZoneReportAndNobodyAnotherZones(@Autowired Reports reports) {
		DataScope chain = new DataScope(Role.CHAIN_LEADER, DemoAccounts.QIANJIANG, null, "SILK", null);
		DataScope enterprise = new DataScope(Role.ENTERPRISE, null, 1L, null, null);
		DataScope otherZone = new DataScope(Role.DEPARTMENT, "XS-IP", null, null, "D1");
		for (DataScope scope : List.of(chain, enterprise, otherZone)) {
			assertThatThrownBy(() -> reports.generate(ReportKind.SELF_ASSESSMENT, DemoAccounts.QIANJIANG, 2021, null,
					Locale.SIMPLIFIED_CHINESE, scope))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	private static List<String> headings(XWPFDocument word, String style) {
		return word.getParagraphs()
			.stream()
			.filter((p) -> style.equals(p.getStyle()))
			.map(XWPFParagraph::getText)
			.toList();
	}

	private static String text(XWPFDocument word) {
		StringBuilder text = new StringBuilder();
		word.getParagraphs().forEach((p) -> text.append(p.getText()).append('\n'));
		for (XWPFTable table : word.getTables()) {
			text.append(table.getText()).append('\n');
		}
		return text.toString();
	}

	private static String pdftoppm() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			Path candidate = Path.of(dir, "pdftoppm");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	private static double inkShare(BufferedImage image) {
		long ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y) & 0xffffff;
				if (rgb != 0xffffff) {
					ink++;
				}
			}
		}
		return (double) ink / ((long) image.getWidth() * image.getHeight());
	}

	/**
	 * Every character shown maps to a real glyph of its font (not .notdef) and to text.
	 */
	private static final class GlyphCheck extends PDFTextStripper {

		final List<String> missing = new ArrayList<>();

		int characters;

		GlyphCheck() throws IOException {
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			for (TextPosition position : positions) {
				this.characters++;
				PDFont font = position.getFont();
				for (int code : position.getCharacterCodes()) {
					boolean glyph = (font instanceof PDType0Font type0) && type0.codeToGID(code) != 0;
					if (!glyph || position.getUnicode() == null || position.getUnicode().contains("\ufffd")) {
						this.missing.add(position.getUnicode() + " in " + font.getName());
					}
				}
			}
			super.writeString(text, positions);
		}

	}

}
