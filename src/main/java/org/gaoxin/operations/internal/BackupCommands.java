package org.gaoxin.operations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.operations.Command;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code backup [FILE]} and {@code restore FILE --yes} against the database of a stopped
 * application (the launcher carries a running one's backup over the control channel).
 */
@Configuration(proxyBeanMethods = false)
class BackupCommands {

	@Bean
	Command backupCommand(DatabaseBackup database, Texts texts, Clock clock) {
		return new Command() {

			@Override
			public String name() {
				return "backup";
			}

			@Override
			public int run(List<String> args, PrintWriter out) {
				BackupArguments arguments = BackupArguments.ofBackup(args, LocalDateTime.now(clock));
				if (arguments.problem() != null) {
					return fail(out, texts, arguments.problem(), arguments.locale());
				}
				try {
					Path target = arguments.file().toAbsolutePath();
					Path partial = target.resolveSibling(target.getFileName() + ".partial");
					try (OutputStream file = Files.newOutputStream(partial)) {
						database.backup(file);
					}
					OwnerOnly.file(partial);
					Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
					out.println(backedUp(texts, target, Files.newInputStream(target), arguments.locale()));
					return 0;
				}
				catch (MessageException ex) {
					return fail(out, texts, ex.text(), arguments.locale());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public boolean runsInTheApplication() {
				return false;
			}

		};
	}

	@Bean
	Command restoreCommand(DatabaseBackup database, Texts texts) {
		return new Command() {

			@Override
			public String name() {
				return "restore";
			}

			@Override
			public int run(List<String> args, PrintWriter out) {
				BackupArguments arguments = BackupArguments.ofRestore(args);
				if (arguments.problem() != null) {
					return fail(out, texts, arguments.problem(), arguments.locale());
				}
				try (InputStream file = Files.newInputStream(arguments.file())) {
					DatabaseBackup.Restored restored = database.restore(file);
					out.print(restoredText(texts, arguments.file(), restored.rows(), restored.replacedKeptIn(),
							arguments.locale()));
					return 0;
				}
				catch (MessageException ex) {
					return fail(out, texts, ex.text(), arguments.locale());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public boolean runsInTheApplication() {
				return false;
			}

		};
	}

	static int fail(PrintWriter out, Texts texts, Message problem, Locale locale) {
		out.println(texts.render(problem, locale));
		out.flush();
		return 2;
	}

	/** The summary of a backup file: where, how many tables and rows. */
	static String backedUp(Texts texts, Path file, InputStream content, Locale locale) throws IOException {
		try (InputStream in = content) {
			Map<String, Long> counts = DatabaseBackup.rowCounts(in);
			return texts.render(Message.of("operations.backup.done", file.toString(), counts.size(),
					counts.values().stream().mapToLong(Long::longValue).sum()), locale);
		}
	}

	/** The summary of a restore, then each table's rows. */
	static String restoredText(Texts texts, Path file, Map<String, Long> rows, Object replacedKeptIn, Locale locale) {
		StringBuilder text = new StringBuilder(texts.render(
				Message.of("operations.restore.done", file.toString(), rows.size(),
						rows.values().stream().mapToLong(Long::longValue).sum(), String.valueOf(replacedKeptIn)),
				locale))
			.append('\n');
		rows.forEach((table, count) -> text.append(table).append(' ').append(count).append('\n'));
		return text.toString();
	}

}
