package org.gaoxin.evaluation.cli;

import java.io.PrintWriter;
import java.util.List;

import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.Scorer;
import org.gaoxin.standard.Standards;
import org.gaoxin.operations.Command;
import picocli.CommandLine;

import org.springframework.stereotype.Component;

/**
 * The command line's {@code evaluate}, in a stopped application's database or in the
 * running application (asked through its control channel).
 */
@Component
class EvaluateCli implements Command {

	private final Evaluator evaluator;

	private final EvaluationPrinter printer;

	private final Scorer scorer;

	private final Standards standards;

	EvaluateCli(Evaluator evaluator, Scorer scorer, Standards standards, EvaluationPrinter printer) {
		this.scorer = scorer;
		this.standards = standards;
		this.evaluator = evaluator;
		this.printer = printer;
	}

	@Override
	public String name() {
		return "evaluate";
	}

	@Override
	public int run(List<String> args, PrintWriter out) {
		CommandLine command = new CommandLine(
				new EvaluateCommand(this.evaluator, this.scorer, this.standards, this.printer, out));
		command.setOut(out);
		command.setErr(out);
		command.setExecutionExceptionHandler((ex, line, parsed) -> {
			EvaluateCommand evaluate = line.getCommand();
			line.getErr()
				.println((ex instanceof org.gaoxin.shared.MessageException message)
						? this.printer.error(message, evaluate.lang.locale())
						: this.printer.error(ex.getMessage(), evaluate.lang.locale()));
			return 1;
		});
		return command.execute(args.toArray(String[]::new));
	}

}
