package org.gaoxin.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CJK fonts the PDF embeds and the charts are drawn with. Shipped in the application
 * (Noto Serif SC for the text, Noto Sans SC Bold for headings; SIL Open Font License,
 * docs/decisions/0016); an office that prefers its own TrueType fonts (仿宋, 黑体) names
 * their files in {@code gaoxin.report.body-font} and {@code gaoxin.report.heading-font}.
 * Read once: the files are large and every report needs them.
 */
@Component
public class ReportFonts {

	static final String BODY = "report/fonts/NotoSerifSC-Regular.ttf";

	static final String HEADING = "report/fonts/NotoSansSC-Bold.ttf";

	private final byte[] body;

	private final byte[] heading;

	private final Font awtBody;

	ReportFonts(@Value("${gaoxin.report.body-font:}") String bodyFont,
			@Value("${gaoxin.report.heading-font:}") String headingFont) {
		this.body = read(bodyFont, BODY);
		this.heading = read(headingFont, HEADING);
		this.awtBody = awt(this.body);
	}

	/** The shipped fonts. */
	public static ReportFonts shipped() {
		return new ReportFonts("", "");
	}

	public byte[] body() {
		return this.body;
	}

	public byte[] heading() {
		return this.heading;
	}

	/** The body font for charts, at {@code size} points. */
	public Font chartFont(int style, float size) {
		return this.awtBody.deriveFont(style, size);
	}

	private static byte[] read(String configured, String shipped) {
		try {
			if (configured != null && !configured.isBlank()) {
				return Files.readAllBytes(Path.of(configured));
			}
			try (InputStream in = new ClassPathResource(shipped).getInputStream()) {
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the report font " + configured + " / " + shipped, ex);
		}
	}

	private static Font awt(byte[] font) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("The report font is not a TrueType font", ex);
		}
	}

}
