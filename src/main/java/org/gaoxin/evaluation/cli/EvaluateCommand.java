package org.gaoxin.evaluation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.operations.CommandLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate --zone QJ-HTZ --year 2021 [--standard CODE[@VERSION]] [--format table|json|csv] [--lang zh|en]}:
 * the same evaluation as the web page and the API, printed in one language. It runs with
 * the operator's access to the database files, so it sees every zone.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Evaluate a zone-year against an accreditation standard and print the result.")
class EvaluateCommand implements Callable<Integer> {

	enum Format {

		table, json, csv

	}

	@Option(names = "--zone", required = true, description = "zone code, e.g. QJ-HTZ")
	String zone;

	@Option(names = "--year", required = true, description = "the year evaluated")
	int year;

	@Option(names = "--standard", description = "CODE or CODE@VERSION (default: the first standard loaded)")
	String standard;

	@Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--lang", defaultValue = "zh",
			description = "zh or en: the language of names, labels and reasons (default: ${DEFAULT-VALUE})")
	CommandLanguage lang = CommandLanguage.zh;

	@Option(names = "--include-pending", description = "count reports still awaiting approval")
	boolean includePending;

	private final Evaluator evaluator;

	private final EvaluationPrinter printer;

	private final PrintWriter out;

	EvaluateCommand(Evaluator evaluator, EvaluationPrinter printer, PrintWriter out) {
		this.evaluator = evaluator;
		this.printer = printer;
		this.out = out;
	}

	@Override
	public Integer call() {
		Evaluation evaluation = this.evaluator.evaluate(this.zone, this.year, this.standard, this.includePending,
				DataScope.everything(Role.ADMIN));
		Locale locale = this.lang.locale();
		switch (this.format) {
			case json -> this.out.println(this.printer.json(evaluation, locale));
			case csv -> this.out.print(this.printer.csv(evaluation, locale));
			default -> this.out.print(this.printer.table(evaluation, locale));
		}
		this.out.flush();
		return 0;
	}

}
