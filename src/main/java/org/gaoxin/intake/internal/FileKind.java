package org.gaoxin.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.gaoxin.intake.FileProblem;

/** What a file really is, by its first bytes, checked against what its name claims. */
public enum FileKind {

	XLSX, CSV;

	public static FileKind of(Path file, String fileName) {
		byte[] head = new byte[8192];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new FileProblem("文件无法读取 / the file cannot be read", ex);
		}
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		boolean zip = read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		boolean ole2 = read >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0;
		if (ole2) {
			throw new FileProblem("不支持旧版 .xls 文件,请另存为 .xlsx / legacy .xls files are not accepted: save as .xlsx");
		}
		if (name.endsWith(".xlsx")) {
			if (!zip) {
				throw new FileProblem(
						"文件扩展名为 .xlsx,但内容不是 Excel 工作簿 / the file is named .xlsx but is not an Excel workbook");
			}
			return XLSX;
		}
		if (name.endsWith(".csv")) {
			if (zip) {
				throw new FileProblem("文件扩展名为 .csv,但内容是压缩包 / the file is named .csv but is a zip archive");
			}
			for (int i = 0; i < read; i++) {
				if (head[i] == 0) {
					throw new FileProblem("文件扩展名为 .csv,但内容不是文本 / the file is named .csv but is not text");
				}
			}
			return CSV;
		}
		throw new FileProblem("只接受 .xlsx 和 .csv 文件 / only .xlsx and .csv files are accepted");
	}

}
