package org.gaoxin.report.internal;

import java.util.List;

/**
 * A report as the writers see it: a cover and a flow of blocks, independent of the
 * format. The assemblers decide what is said; the writers only how it looks.
 *
 * @param title the cover's title, also the file's
 * @param subtitle the standard or period the report is about
 * @param issuer who issues it (the zone's administration)
 * @param date the day it was generated, written out
 */
public record ReportDocument(String title, String subtitle, String issuer, String date, List<Block> blocks) {

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

	/**
	 * A small report of every kind of block, no zone's data in it: to warm the writers.
	 */
	public static ReportDocument sample(byte[] chart) {
		return new ReportDocument("高新 Gaoxin", "样例 sample", "—", "—",
				List.of(new Heading(1, "一、样例"), new Paragraph("高新技术企业 high-tech 123"),
						new Table("表1", "sample", List.of("指标", "值"), List.of(List.of("高新", "1")),
								List.of(false, true)),
						new Chart("图1", chart, ChartPainter.WIDTH, ChartPainter.HEIGHT)));
	}

	/** The tables of the report, in order, for the workbook. */
	public List<Table> tables() {
		return this.blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
	}

	/** One element of the flow. */
	public sealed interface Block permits Heading, Paragraph, Table, Chart {

	}

	/** A numbered heading; level 1 (一、), 2 (（一）) or 3 (1.). */
	public record Heading(int level, String text) implements Block {
	}

	public record Paragraph(String text) implements Block {
	}

	/**
	 * A table with a caption; {@code numeric} marks the columns aligned right.
	 *
	 * @param sheet a short name for the workbook's sheet
	 */
	public record Table(String caption, String sheet, List<String> headers, List<List<String>> rows,
			List<Boolean> numeric) implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
			numeric = List.copyOf(numeric);
		}

	}

	/**
	 * A chart drawn on the server as a JPEG image, {@code width}×{@code height} pixels (a
	 * PDF embeds JPEG as it is; PNG it would decode and compress again).
	 */
	public record Chart(String caption, byte[] jpeg, int width, int height) implements Block {
	}

}
