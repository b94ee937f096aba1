package org.gaoxin.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The application in a process of its own, as an operator starts it: the demo profile on
 * a database file in the given folder, a web server on a free port. Ready once it has
 * announced itself in the folder (control.properties).
 */
public final class ChildApplication implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final URI url;

	private final HttpClient http = HttpClient.newHttpClient();

	private ChildApplication(Process process, Path log, URI url) {
		this.process = process;
		this.log = log;
		this.url = url;
	}

	public static ChildApplication start(Path dataDir, String... settings) throws IOException, InterruptedException {
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + Instant.now().toEpochMilli() + ".log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", classPath(), "org.gaoxin.GaoxinApplication",
						"--spring.profiles.active=demo", "--gaoxin.data-dir=" + dataDir, "--server.port=0"));
		command.addAll(List.of(settings));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Path control = dataDir.resolve("control.properties");
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		// announced once ready (the demo loaded, what interrupted imports left removed);
		// a
		// file left by a killed process names another pid
		while (!announced(control, process.pid())) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				process.destroyForcibly().waitFor();
				throw new IllegalStateException("The application did not start:\n" + tail(log));
			}
			Thread.sleep(250);
		}
		Properties announced = new Properties();
		try (InputStream in = Files.newInputStream(control)) {
			announced.load(in);
		}
		return new ChildApplication(process, log, URI.create(announced.getProperty("url")));
	}

	private static boolean announced(Path control, long pid) {
		Properties announced = new Properties();
		try (InputStream in = Files.newInputStream(control)) {
			announced.load(in);
			return Long.toString(pid).equals(announced.getProperty("pid"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The test's class path: surefire hands it over in a property of its own. */
	static String classPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	public long pid() {
		return this.process.pid();
	}

	public int port() {
		return this.url.getPort();
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	public HttpResponse<String> get(String path, String user, String password)
			throws IOException, InterruptedException {
		return this.http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpRequest.Builder request(String path, String user, String password) {
		return HttpRequest.newBuilder(this.url.resolve(path))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public HttpClient http() {
		return this.http;
	}

	/** kill -9: no shutdown hook, nothing flushed. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
	}

	/** An orderly stop (SIGTERM). */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	public String log() throws IOException {
		return tail(this.log);
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	private static String tail(Path log) throws IOException {
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		return (text.length() > 6000) ? text.substring(text.length() - 6000) : text;
	}

}
