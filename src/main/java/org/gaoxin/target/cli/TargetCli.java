package org.gaoxin.target.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import org.gaoxin.operations.Command;
import org.gaoxin.target.AccreditationPath;
import org.gaoxin.target.TargetTracking;
import picocli.CommandLine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command line's {@code forecast} and {@code path}, in a stopped application's
 * database or in the running application (asked through its control channel,
 * docs/decisions/0010).
 */
@Configuration(proxyBeanMethods = false)
class TargetCli {

	@Bean
	Command forecastCommand(TargetTracking tracking, TargetPrinter printer) {
		return new Picocli("forecast", (out) -> new ForecastCommand(tracking, printer, out), printer);
	}

	@Bean
	Command pathCommand(AccreditationPath paths, TargetPrinter printer) {
		return new Picocli("path", (out) -> new PathCommand(paths, printer, out), printer);
	}

	/** A picocli command of this module, its errors printed in the command's language. */
	record Picocli(String name, Function<PrintWriter, TargetCommand> command,
			TargetPrinter printer) implements Command {

		@Override
		public int run(List<String> args, PrintWriter out) {
			TargetCommand target = this.command.apply(out);
			CommandLine line = new CommandLine(target);
			line.setOut(out);
			line.setErr(out);
			line.setExecutionExceptionHandler((ex, parsed, result) -> {
				parsed.getErr().println(this.printer.error(ex, target.language().locale()));
				return 1;
			});
			return line.execute(args.toArray(String[]::new));
		}

	}

}
