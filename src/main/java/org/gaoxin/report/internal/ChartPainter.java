package org.gaoxin.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import org.springframework.stereotype.Component;

/**
 * Draws the reports' charts on the server as JPEG images with the report font, so Chinese
 * labels show on any machine and the same picture goes into Word and PDF.
 */
@Component
public class ChartPainter {

	static final int WIDTH = 1200;

	static final int HEIGHT = 600;

	private static final Color MET = new Color(0x2f, 0xb3, 0x44);

	private static final Color UNMET = new Color(0xd6, 0x39, 0x39);

	private static final Color PLAIN = new Color(0x20, 0x6b, 0xc4);

	private final ReportFonts fonts;

	ChartPainter(ReportFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * One bar a row; bars of rows not {@code good} are red, a dashed line at
	 * {@code line}.
	 */
	public byte[] bars(String title, String axis, List<Bar> bars, Double line) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Bar bar : bars) {
			data.addValue(bar.value(), "", bar.label());
		}
		CategoryAxis categories = new CategoryAxis();
		categories.setCategoryLabelPositions(
				bars.size() > 6 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
		categories.setMaximumCategoryLabelLines(3);
		NumberAxis values = new NumberAxis(axis);
		BarRenderer renderer = new BarRenderer() {

			private static final long serialVersionUID = 1L;

			@Override
			public java.awt.Paint getItemPaint(int row, int column) {
				Boolean good = bars.get(column).good();
				return (good == null) ? PLAIN : good ? MET : UNMET;
			}

		};
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.08);
		CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
		plot.setOrientation(PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
		if (line != null) {
			ValueMarker marker = new ValueMarker(line);
			marker.setPaint(Color.DARK_GRAY);
			marker.setStroke(
					new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 8f, 6f }, 0f));
			plot.addRangeMarker(marker);
		}
		JFreeChart chart = new JFreeChart(plot);
		style(chart, title);
		return jpeg(chart);
	}

	private void style(JFreeChart chart, String title) {
		Font text = this.fonts.chartFont(Font.PLAIN, 22f);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setTitle(new TextTitle(title, this.fonts.chartFont(Font.BOLD, 28f)));
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(text);
			legend.setPosition(RectangleEdge.BOTTOM);
			chart.removeLegend();
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getDomainAxis().setTickLabelFont(text);
		plot.getDomainAxis().setLabelFont(text);
		plot.getRangeAxis().setTickLabelFont(text);
		plot.getRangeAxis().setLabelFont(text);
	}

	/** High-quality JPEG: encoded in a few milliseconds, embedded in a PDF as it is. */
	private static byte[] jpeg(JFreeChart chart) {
		BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam quality = writer.getDefaultWriteParam();
		quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		quality.setCompressionQuality(0.92f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), quality);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/**
	 * One bar.
	 *
	 * @param good true green, false red, null neutral
	 */
	public record Bar(String label, double value, Boolean good) {
	}

}
