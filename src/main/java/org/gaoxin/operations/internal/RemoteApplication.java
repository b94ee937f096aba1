package org.gaoxin.operations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipFile;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's side of the control channel: finds the running application that uses
 * the same database ({@code <data-dir>/control.properties}) and asks it to run the
 * command, carrying a backup's bytes either way.
 */
public final class RemoteApplication {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI url;

	private final String token;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private RemoteApplication(URI url, String token) {
		this.url = url;
		this.token = token;
	}

	/**
	 * The application that announced itself in the data folder, if it uses this database.
	 */
	public static Optional<RemoteApplication> find(Path dataDir, String database) {
		Path file = dataDir.resolve(ControlChannel.FILE);
		if (!Files.isReadable(file)) {
			return Optional.empty();
		}
		Properties control = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			control.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (!database.equals(control.getProperty("database")) || control.getProperty("url") == null
				|| control.getProperty("token") == null) {
			return Optional.empty();
		}
		return Optional.of(new RemoteApplication(URI.create(control.getProperty("url")), control.getProperty("token")));
	}

	/**
	 * Runs the command in the application.
	 * @throws ConnectException when nothing answers (the process that wrote the file is
	 * gone)
	 */
	public int run(String name, List<String> args, PrintWriter out, Texts texts, Locale locale)
			throws ConnectException {
		try {
			return switch (name) {
				case "backup" -> backup(args, out, texts);
				case "restore" -> restore(args, out, texts);
				default -> command(name, args, out, texts, locale);
			};
		}
		catch (ConnectException ex) {
			throw ex;
		}
		catch (IOException ex) {
			return BackupCommands.fail(out, texts, Message.of("operations.cli.failed", this.url, ex.toString()),
					locale);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return BackupCommands.fail(out, texts, Message.of("operations.cli.failed", this.url, ex.toString()),
					locale);
		}
	}

	private int command(String name, List<String> args, PrintWriter out, Texts texts, Locale locale)
			throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				request("/api/v1/operator/commands/" + name, locale).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(args))),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			return refused(response.statusCode(), response.body(), out, texts, locale);
		}
		JsonNode answer = JSON.readTree(response.body());
		out.print(answer.get("output").asString());
		out.flush();
		return answer.get("exitCode").asInt();
	}

	private int backup(List<String> args, PrintWriter out, Texts texts) throws IOException, InterruptedException {
		BackupArguments arguments = BackupArguments.ofBackup(args, LocalDateTime.now());
		if (arguments.problem() != null) {
			return BackupCommands.fail(out, texts, arguments.problem(), arguments.locale());
		}
		Path target = arguments.file().toAbsolutePath();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		HttpResponse<Path> response = send(request("/api/v1/operator/backup", arguments.locale()).GET(),
				HttpResponse.BodyHandlers.ofFile(partial));
		if (response.statusCode() != 200) {
			String body = Files.readString(partial, StandardCharsets.UTF_8);
			Files.deleteIfExists(partial);
			return refused(response.statusCode(), body, out, texts, arguments.locale());
		}
		// a cut connection leaves no central directory: such a file is not kept
		try (ZipFile complete = new ZipFile(partial.toFile())) {
			complete.size();
		}
		catch (IOException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		OwnerOnly.file(partial);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		out.println(BackupCommands.backedUp(texts, target, Files.newInputStream(target), arguments.locale()));
		out.flush();
		return 0;
	}

	private int restore(List<String> args, PrintWriter out, Texts texts) throws IOException, InterruptedException {
		BackupArguments arguments = BackupArguments.ofRestore(args);
		if (arguments.problem() != null) {
			return BackupCommands.fail(out, texts, arguments.problem(), arguments.locale());
		}
		HttpResponse<String> response = send(
				request("/api/v1/operator/restore", arguments.locale()).timeout(Duration.ofHours(1))
					.header("Content-Type", "application/zip")
					.POST(HttpRequest.BodyPublishers.ofFile(arguments.file())),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			return refused(response.statusCode(), response.body(), out, texts, arguments.locale());
		}
		JsonNode answer = JSON.readTree(response.body());
		Map<String, Long> rows = new LinkedHashMap<>();
		answer.get("rows").properties().forEach((entry) -> rows.put(entry.getKey(), entry.getValue().asLong()));
		out.print(BackupCommands.restoredText(texts, arguments.file(), rows, answer.get("replacedKeptIn").asString(),
				arguments.locale()));
		out.flush();
		return 0;
	}

	private HttpRequest.Builder request(String path, Locale locale) {
		return HttpRequest.newBuilder(this.url.resolve(path))
			.header(ControlChannel.TOKEN_HEADER, this.token)
			.header("Accept-Language", locale.getLanguage());
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		return this.http.send(request.build(), body);
	}

	private static int refused(int status, String body, PrintWriter out, Texts texts, Locale locale) {
		String detail = body;
		try {
			JsonNode problem = JSON.readTree(body);
			if (problem.has("detail")) {
				detail = problem.get("detail").asString();
			}
		}
		catch (RuntimeException ex) {
			// not a problem detail: the body as it came
		}
		return BackupCommands.fail(out, texts, Message.of("operations.cli.refused", status, detail), locale);
	}

}
