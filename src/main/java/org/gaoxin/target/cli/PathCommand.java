package org.gaoxin.target.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.target.AccreditationPath;
import org.gaoxin.target.BudgetPlan;
import org.gaoxin.target.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code path --zone QJ-HTZ --year 2021 [--budget YUAN] [--format table|json] [--lang zh|en]}:
 * the path to full accreditation, and with a budget the plan qualifying the most
 * candidates within it.
 */
@Command(name = "path", mixinStandardHelpOptions = true,
		description = "Print the path to full accreditation from a data year: the candidates reaching each goal with their gaps and totals, the growth the other indicators need, and with --budget the budget plan.")
class PathCommand extends TargetCommand {

	@Option(names = "--budget",
			description = "a support budget in yuan: also print the plan qualifying the most candidates")
	BigDecimal budget;

	@Option(names = "--limit", defaultValue = "10",
			description = "candidates listed per goal in the table (default: ${DEFAULT-VALUE}); json lists all")
	int limit;

	private final AccreditationPath paths;

	private final TargetPrinter printer;

	private final PrintWriter out;

	PathCommand(AccreditationPath paths, TargetPrinter printer, PrintWriter out) {
		this.paths = paths;
		this.printer = printer;
		this.out = out;
	}

	@Override
	public Integer call() {
		DataScope operator = DataScope.everything(Role.ADMIN);
		Path path = this.paths.path(this.zone, this.year, operator);
		BudgetPlan plan = (this.budget != null) ? this.paths.budget(this.zone, this.year, this.budget, null, operator)
				: null;
		if (this.format == Format.json) {
			this.out
				.println(this.printer.json((plan != null) ? new PathWithBudget(path, plan) : path, this.lang.locale()));
		}
		else {
			this.out.print(this.printer.path(path, plan, this.limit, this.lang.locale()));
		}
		this.out.flush();
		return 0;
	}

	/** The JSON of a path with its budget plan. */
	record PathWithBudget(Path path, BudgetPlan budget) {
	}

}
