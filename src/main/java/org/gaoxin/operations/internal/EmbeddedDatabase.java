package org.gaoxin.operations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database in file mode, protected: it opens no network port (no
 * AUTO_SERVER), its folder and files are owner-only, and its user has a password
 * generated at the first start and kept in {@code <data-dir>/db.secret} (0600). A
 * database created by an earlier release with the empty password is opened once with it
 * and moved to the generated one. A password configured for the datasource is used as it
 * is; PostgreSQL and in-memory databases are left alone.
 */
@Component
class EmbeddedDatabase implements BeanPostProcessor {

	static final String SECRET_FILE = "db.secret";

	/** H2's codes: wrong user name or password; database in use by another process. */
	static final int WRONG_PASSWORD = 28000;

	static final int IN_USE = 90020;

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final Environment environment;

	EmbeddedDatabase(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && fileUrl(hikari.getJdbcUrl())
				&& (hikari.getPassword() == null || hikari.getPassword().isEmpty())) {
			Path dataDir = Path.of(this.environment.getRequiredProperty("gaoxin.data-dir"));
			hikari.setPassword(protect(hikari.getJdbcUrl(), hikari.getUsername(), dataDir));
		}
		return bean;
	}

	/** An H2 database in a file of this machine (not in memory, not a server's). */
	static boolean fileUrl(String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return false;
		}
		String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
		return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
				|| rest.startsWith("zip:"));
	}

	/**
	 * Makes the folder owner-only, reads or creates the password, moves a database still
	 * on the empty password to it, and narrows the database's files.
	 * @return the password to open the database with
	 */
	static String protect(String url, String user, Path dataDir) {
		try {
			OwnerOnly.narrowAll(dataDir);
			String secret = secret(dataDir.resolve(SECRET_FILE));
			openOrMove(url, user, secret);
			// an earlier release's AUTO_SERVER lock file held the key to its TCP port
			Files.deleteIfExists(Path.of(databasePath(url) + ".lock.db"));
			OwnerOnly.narrowAll(dataDir);
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The database's file path without its extension, as H2 names its files. */
	static String databasePath(String url) {
		String path = url.substring("jdbc:h2:".length());
		path = path.startsWith("file:") ? path.substring("file:".length()) : path;
		int options = path.indexOf(';');
		return (options >= 0) ? path.substring(0, options) : path;
	}

	static String secret(Path file) throws IOException {
		if (Files.exists(file)) {
			String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (!secret.isEmpty()) {
				return secret;
			}
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		OwnerOnly.write(file, secret.getBytes(StandardCharsets.UTF_8));
		log.info("Generated the embedded database's password in {}", file);
		return secret;
	}

	private static void openOrMove(String url, String user, String secret) {
		try (Connection connection = DriverManager.getConnection(url, user, secret)) {
			log.debug("The embedded database opens with its password ({})", connection.getMetaData().getURL());
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() != WRONG_PASSWORD) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
			moveFromEmptyPassword(url, user, secret, ex);
		}
	}

	/** A database of an earlier release: its user had the empty password. */
	private static void moveFromEmptyPassword(String url, String user, String secret, SQLException refused) {
		if (!user.matches("[A-Za-z][A-Za-z0-9_]*")) {
			throw new IllegalStateException("Cannot set the password of database user " + user, refused);
		}
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			// the secret is base64url: nothing in it needs quoting
			statement.execute("ALTER USER " + user + " SET PASSWORD '" + secret + "'");
			log.warn("The embedded database had the empty password; it now has the generated one in {}", SECRET_FILE);
		}
		catch (SQLException ex) {
			IllegalStateException failure = new IllegalStateException(
					"The embedded database refuses the password in " + SECRET_FILE + ": " + refused.getMessage(),
					refused);
			failure.addSuppressed(ex);
			throw failure;
		}
	}

}
