package org.gaoxin.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.gaoxin.intake.FileProblem;
import org.gaoxin.shared.Message;

/** What a file really is, by its first bytes, checked against what its name claims. */
enum FileKind {

	XLSX, CSV;

	static FileKind of(Path file, String fileName) {
		byte[] head = new byte[8192];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new FileProblem(Message.of("intake.problem.unreadable", String.valueOf(ex.getMessage())), ex);
		}
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		boolean zip = read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		boolean ole2 = read >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0;
		if (ole2) {
			throw new FileProblem(Message.of("intake.problem.legacyXls"));
		}
		if (name.endsWith(".xlsx")) {
			if (!zip) {
				throw new FileProblem(Message.of("intake.problem.notWorkbook"));
			}
			return XLSX;
		}
		if (name.endsWith(".csv")) {
			if (zip) {
				throw new FileProblem(Message.of("intake.problem.csvIsZip"));
			}
			for (int i = 0; i < read; i++) {
				if (head[i] == 0) {
					throw new FileProblem(Message.of("intake.problem.csvNotText"));
				}
			}
			return CSV;
		}
		throw new FileProblem(Message.of("intake.problem.onlyXlsxCsv"));
	}

}
