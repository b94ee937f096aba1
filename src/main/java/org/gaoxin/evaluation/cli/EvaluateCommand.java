package org.gaoxin.evaluation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.ScoreCard;
import org.gaoxin.evaluation.Scorer;
import org.gaoxin.standard.StandardKind;
import org.gaoxin.standard.Standards;
import org.gaoxin.operations.CommandLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate --zone QJ-HTZ --year 2021 [--standard CODE[@VERSION]] [--format table|json|csv] [--lang zh|en]}:
 * the same evaluation as the web page and the API, printed in one language. It runs with
 * the operator's access to the database files, so it sees every zone.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Evaluate a zone-year against a threshold or a scoring standard and print the result.")
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

	@Option(names = "--peers", split = ",",
			description = "scoring standards: the peer zones, comma-separated (default: every zone of the region)")
	java.util.List<String> peers;

	@Option(names = "--what-if", description = "scoring standards: the what-if step in percent (default: 10)")
	java.math.BigDecimal whatIf;

	private final Evaluator evaluator;

	private final EvaluationPrinter printer;

	private final PrintWriter out;

	private final Scorer scorer;

	private final Standards standards;

	EvaluateCommand(Evaluator evaluator, Scorer scorer, Standards standards, EvaluationPrinter printer,
			PrintWriter out) {
		this.scorer = scorer;
		this.standards = standards;
		this.evaluator = evaluator;
		this.printer = printer;
		this.out = out;
	}

	@Override
	public Integer call() {
		if (this.standards.resolve(this.standard).kind() == StandardKind.SCORING) {
			ScoreCard card = this.scorer.score(this.zone, this.year, this.standard, this.peers, this.whatIf,
					DataScope.everything(Role.ADMIN));
			Locale locale = this.lang.locale();
			switch (this.format) {
				case json -> this.out.println(this.printer.json(card, locale));
				case csv -> this.out.print(this.printer.csv(card, locale));
				default -> this.out.print(this.printer.table(card, locale));
			}
			this.out.flush();
			return 0;
		}
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
