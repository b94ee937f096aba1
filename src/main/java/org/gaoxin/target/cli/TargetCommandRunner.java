package org.gaoxin.target.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.gaoxin.target.AccreditationPath;
import org.gaoxin.target.TargetTracking;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the command line's {@code forecast} or {@code path} once the database is ready
 * (after standards and demo data load).
 */
@Component
@ConditionalOnExpression("'${gaoxin.cli.command:}' == 'forecast' or '${gaoxin.cli.command:}' == 'path'")
@Order(100)
class TargetCommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final TargetTracking tracking;

	private final AccreditationPath paths;

	private final TargetPrinter printer;

	private final PrintWriter out;

	private final String command;

	private int exitCode = 1;

	TargetCommandRunner(TargetTracking tracking, AccreditationPath paths, TargetPrinter printer,
			@Qualifier("commandOutput") PrintWriter out, @Value("${gaoxin.cli.command}") String command) {
		this.tracking = tracking;
		this.paths = paths;
		this.printer = printer;
		this.out = out;
		this.command = command;
	}

	@Override
	public void run(ApplicationArguments args) {
		String[] rest = Arrays.stream(args.getSourceArgs())
			.skip(1)
			.filter((arg) -> !arg.startsWith("--spring.") && !arg.startsWith("--gaoxin.")
					&& !arg.startsWith("--logging."))
			.toArray(String[]::new);
		TargetCommand target = "path".equals(this.command) ? new PathCommand(this.paths, this.printer, this.out)
				: new ForecastCommand(this.tracking, this.printer, this.out);
		CommandLine command = new CommandLine(target);
		command.setOut(this.out);
		command.setErr(this.out);
		command.setExecutionExceptionHandler((ex, line, parsed) -> {
			line.getErr().println(this.printer.error(ex, target.language().locale));
			return 1;
		});
		this.exitCode = command.execute(rest);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
