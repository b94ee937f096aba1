package org.gaoxin.operations.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gaoxin.operations.Command;
import org.gaoxin.operations.internal.DatabaseBackup;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The control channel: what the command line asks of the running application. Only a
 * request with this run's token reaches it (ControlSecurity); it is no API for users.
 */
@RestController
@Hidden
class OperatorApi {

	private final List<Command> commands;

	private final DatabaseBackup database;

	private final Texts texts;

	OperatorApi(List<Command> commands, DatabaseBackup database, Texts texts) {
		this.commands = commands;
		this.database = database;
		this.texts = texts;
	}

	/** Runs a command as the command line would, returning what it printed. */
	@PostMapping("/api/v1/operator/commands/{name}")
	Map<String, Object> run(@PathVariable String name, @RequestBody List<String> args) {
		Command command = this.commands.stream()
			.filter((c) -> c.name().equals(name) && c.runsInTheApplication())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No command " + name));
		StringWriter output = new StringWriter();
		int exitCode = command.run(args, new PrintWriter(output, true));
		return Map.of("exitCode", exitCode, "output", output.toString());
	}

	/**
	 * Written as it is read, in the request's own thread (no async dispatch to guard).
	 */
	@GetMapping("/api/v1/operator/backup")
	void backup(HttpServletResponse response) throws java.io.IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gaoxin-backup.zip\"");
		this.database.backup(response.getOutputStream());
	}

	@PostMapping("/api/v1/operator/restore")
	Map<String, Object> restore(HttpServletRequest request) throws java.io.IOException {
		DatabaseBackup.Restored restored = this.database.restore(request.getInputStream());
		return Map.of("rows", restored.rows(), "replacedKeptIn", restored.replacedKeptIn().toString());
	}

	@ExceptionHandler(MessageException.class)
	ProblemDetail refused(MessageException ex, java.util.Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.texts.render(ex.text(), locale));
		problem.setProperty("code", ex.text().code());
		return problem;
	}

}
