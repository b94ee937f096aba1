package org.gaoxin.operations.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How the command line reaches the running application: once ready the application writes
 * {@code <data-dir>/control.properties} (owner-only) with its address, a random token and
 * its database; the command line, run by someone who may read the data folder (and so the
 * database itself), sends the token with its request. The file is removed at shutdown;
 * one left by a killed process names a port nobody answers on, and the command line then
 * opens the database itself.
 */
@Component
public class ControlChannel {

	public static final String FILE = "control.properties";

	public static final String TOKEN_HEADER = "X-Gaoxin-Control";

	private static final Logger log = LoggerFactory.getLogger(ControlChannel.class);

	private final Path file;

	private final String database;

	private final String address;

	private volatile byte[] token;

	ControlChannel(@Value("${gaoxin.data-dir}") Path dataDir, @Value("${spring.datasource.url:}") String database,
			@Value("${server.address:}") String address) {
		this.file = dataDir.resolve(FILE);
		this.database = database;
		this.address = address;
	}

	private volatile int port = -1;

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.port = event.getWebServer().getPort();
		}
	}

	/**
	 * Announced once the application is ready (its start-up work, such as removing what
	 * interrupted imports left, done).
	 */
	@EventListener
	void ready(ApplicationReadyEvent event) throws IOException {
		// an in-memory database is this process's alone: no command line can share it
		if (this.port < 0 || this.database.startsWith("jdbc:h2:mem:")) {
			return;
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Properties control = new Properties();
		control.setProperty("url", "http://" + host() + ":" + this.port);
		control.setProperty("token", secret);
		control.setProperty("database", this.database);
		control.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		StringWriter text = new StringWriter();
		control.store(text, "Gaoxin's control channel for the command line; removed at shutdown");
		OwnerOnly.folder(this.file.getParent());
		OwnerOnly.write(this.file, text.toString().getBytes(StandardCharsets.UTF_8));
		this.token = secret.getBytes(StandardCharsets.US_ASCII);
	}

	@EventListener
	void stopping(ContextClosedEvent event) {
		if (this.token == null) {
			return;
		}
		this.token = null;
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether a request carries this run's token (compared in constant time). */
	boolean accepts(String presented) {
		byte[] expected = this.token;
		return expected != null && presented != null
				&& MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.US_ASCII));
	}

	/** The server's own address when it listens on one, else loopback. */
	private String host() {
		try {
			if (!this.address.isBlank() && !InetAddress.getByName(this.address).isAnyLocalAddress()) {
				String host = InetAddress.getByName(this.address).getHostAddress();
				return host.contains(":") ? "[" + host + "]" : host;
			}
		}
		catch (IOException ex) {
			log.debug("Server address {} not resolved; the control channel uses loopback", this.address, ex);
		}
		return "127.0.0.1";
	}

}
