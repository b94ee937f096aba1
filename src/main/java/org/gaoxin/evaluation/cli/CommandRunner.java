package org.gaoxin.evaluation.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.gaoxin.evaluation.Evaluator;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the command line's {@code evaluate} once the database is ready (after standards
 * and demo data load).
 */
@Component
@ConditionalOnProperty(name = "gaoxin.cli.command", havingValue = "evaluate")
@Order(100)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final Evaluator evaluator;

	private final EvaluationPrinter printer;

	private final PrintWriter out;

	private int exitCode = 1;

	CommandRunner(Evaluator evaluator, EvaluationPrinter printer, @Qualifier("commandOutput") PrintWriter out) {
		this.evaluator = evaluator;
		this.printer = printer;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		String[] rest = Arrays.stream(args.getSourceArgs())
			.skip(1)
			.filter((arg) -> !arg.startsWith("--spring.") && !arg.startsWith("--gaoxin.")
					&& !arg.startsWith("--logging."))
			.toArray(String[]::new);
		CommandLine command = new CommandLine(new EvaluateCommand(this.evaluator, this.printer, this.out));
		command.setOut(this.out);
		command.setErr(this.out);
		command.setExecutionExceptionHandler((ex, line, parsed) -> {
			EvaluateCommand evaluate = line.getCommand();
			line.getErr()
				.println((ex instanceof org.gaoxin.shared.MessageException message)
						? this.printer.error(message, evaluate.lang.locale)
						: this.printer.error(ex.getMessage(), evaluate.lang.locale));
			return 1;
		});
		this.exitCode = command.execute(rest);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
