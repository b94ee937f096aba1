package org.gaoxin.operations.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gaoxin.shared.Message;

/**
 * The arguments of {@code backup [FILE]} and {@code restore FILE --yes}: read alike by
 * the command in a stopped application and by the launcher that asks a running one.
 *
 * @param file the backup file, or null if none was named
 * @param confirmed whether --yes was given
 * @param locale the language of what is printed: Chinese, or English with --lang en
 * @param problem what is wrong with the arguments, or null
 */
public record BackupArguments(Path file, boolean confirmed, Locale locale, Message problem) {

	public static BackupArguments ofBackup(List<String> args, LocalDateTime now) {
		Locale locale = locale(args);
		List<String> rest = withoutLanguage(args);
		List<String> files = rest.stream().filter((arg) -> !arg.startsWith("--")).toList();
		if (files.size() > 1 || rest.size() > files.size()) {
			return new BackupArguments(null, false, locale, Message.of("operations.cli.usage.backup"));
		}
		Path file = files.isEmpty()
				? Path.of("gaoxin-backup-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip")
				: Path.of(files.get(0));
		return new BackupArguments(file, false, locale, null);
	}

	public static BackupArguments ofRestore(List<String> args) {
		Locale locale = locale(args);
		List<String> rest = withoutLanguage(args);
		List<String> files = rest.stream().filter((arg) -> !arg.startsWith("--")).toList();
		boolean yes = rest.contains("--yes");
		if (files.size() != 1 || rest.size() != files.size() + (yes ? 1 : 0)) {
			return new BackupArguments(null, yes, locale, Message.of("operations.cli.usage.restore"));
		}
		Path file = Path.of(files.get(0));
		if (!yes) {
			return new BackupArguments(file, false, locale, Message.of("operations.restore.confirm", file.toString()));
		}
		if (!Files.isRegularFile(file)) {
			return new BackupArguments(file, true, locale, Message.of("operations.restore.noFile", file.toString()));
		}
		return new BackupArguments(file, true, locale, null);
	}

	/** --lang en or --lang=en: English; otherwise Chinese, as for evaluate. */
	public static Locale locale(List<String> args) {
		int at = args.indexOf("--lang");
		String lang = (at >= 0 && at + 1 < args.size()) ? args.get(at + 1)
				: args.stream()
					.filter((arg) -> arg.startsWith("--lang="))
					.map((arg) -> arg.substring("--lang=".length()))
					.findFirst()
					.orElse("zh");
		return "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	private static List<String> withoutLanguage(List<String> args) {
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--lang")) {
				i++;
			}
			else if (!args.get(i).startsWith("--lang=")) {
				rest.add(args.get(i));
			}
		}
		return rest;
	}

}
