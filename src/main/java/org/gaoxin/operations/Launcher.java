package org.gaoxin.operations;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.operations.internal.BackupArguments;
import org.gaoxin.operations.internal.RemoteApplication;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs a command of the command line. If the application is running on the same database
 * (it announced itself in the data folder), the command runs there, through its control
 * channel; otherwise it starts the application without a web server on the database file,
 * which is then free (docs/decisions/0010). An embedded database held by a process that
 * does not answer is reported, not waited for.
 */
public final class Launcher {

	/** H2's lock on a database file open in another process. */
	private static final int DATABASE_IN_USE = 90020;

	private Launcher() {
	}

	/**
	 * @param application the application's configuration class
	 * @param args the command's name, its arguments and the application's settings
	 * (--spring.*, --gaoxin.*, --logging.*)
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args, PrintWriter out) {
		List<String> own = ownArguments(args);
		Locale locale = BackupArguments.locale(own);
		Texts texts = Texts.of(bundles(), false);
		ConfigurableEnvironment environment = environment(args);
		Path dataDir = Path.of(environment.getRequiredProperty("gaoxin.data-dir"));
		String database = environment.getProperty("spring.datasource.url", "");
		Optional<RemoteApplication> running = RemoteApplication.find(dataDir, database);
		if (running.isPresent()) {
			try {
				return running.get().run(args[0], own, out, texts, locale);
			}
			catch (ConnectException ex) {
				// the process that announced itself is gone: the file is free
			}
		}
		if (inUse(database)) {
			return inUse(out, texts, locale, database, dataDir);
		}
		try {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
				.web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.properties("gaoxin.cli.command=" + args[0], "logging.level.root=WARN",
						"spring.main.log-startup-info=false")
				.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("commandOutput", out))
				.run(args);
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			if (databaseInUse(ex)) {
				return inUse(out, texts, locale, database, dataDir);
			}
			throw ex;
		}
	}

	/**
	 * The command's own arguments: after its name, without the application's settings.
	 */
	public static List<String> ownArguments(String[] args) {
		return Arrays.stream(args)
			.skip(1)
			.filter((arg) -> !arg.startsWith("--spring.") && !arg.startsWith("--gaoxin.")
					&& !arg.startsWith("--logging."))
			.toList();
	}

	private static int inUse(PrintWriter out, Texts texts, Locale locale, String database, Path dataDir) {
		out.println(texts.render(Message.of("operations.cli.inUse", database,
				dataDir.resolve("control.properties").toAbsolutePath().toString()), locale));
		out.flush();
		return 3;
	}

	/**
	 * Whether another process holds the embedded database's file (H2 locks it while it is
	 * open); asked before starting, so the answer comes without a stack trace.
	 */
	static boolean inUse(String database) {
		if (!database.startsWith("jdbc:h2:file:")) {
			return false;
		}
		String path = database.substring("jdbc:h2:file:".length());
		path = (path.indexOf(';') >= 0) ? path.substring(0, path.indexOf(';')) : path;
		Path file = Path.of(path + ".mv.db");
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			// this process holds it (a test that opened it)
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean databaseInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_IN_USE) {
				return true;
			}
		}
		return false;
	}

	/** The settings the application would run with: profiles, files, environment. */
	private static ConfigurableEnvironment environment(String[] args) {
		SpringApplication probe = new SpringApplication(Probe.class);
		probe.setWebApplicationType(WebApplicationType.NONE);
		probe.setBannerMode(Banner.Mode.OFF);
		probe.setLogStartupInfo(false);
		probe.setDefaultProperties(Map.of("logging.level.root", "WARN"));
		try (ConfigurableApplicationContext context = probe.run(args)) {
			return context.getEnvironment();
		}
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/security", "i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** An empty application: only its environment is wanted. */
	static final class Probe {

	}

}
