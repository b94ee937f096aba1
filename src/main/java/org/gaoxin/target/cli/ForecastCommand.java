package org.gaoxin.target.cli;

import java.io.PrintWriter;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.target.TargetOverview;
import org.gaoxin.target.TargetTracking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forecast --zone QJ-HTZ --year 2021 [--standard CODE[@VERSION]] [--format table|json] [--lang zh|en]}:
 * the zone's targets seen from the year, as the targets page and the API show them.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
		description = "Print a zone's targets seen from a data year: growth achieved and required, forecasts with their intervals, statuses, the backtest and the headline.")
class ForecastCommand extends TargetCommand {

	@Option(names = "--standard", description = "CODE or CODE@VERSION (default: the standard the zone's targets name)")
	String standard;

	private final TargetTracking tracking;

	private final TargetPrinter printer;

	private final PrintWriter out;

	ForecastCommand(TargetTracking tracking, TargetPrinter printer, PrintWriter out) {
		this.tracking = tracking;
		this.printer = printer;
		this.out = out;
	}

	@Override
	public Integer call() {
		TargetOverview overview = this.tracking.overview(this.zone, this.year, this.standard,
				DataScope.everything(Role.ADMIN));
		this.out.print((this.format == Format.json) ? this.printer.json(overview, this.lang.locale()) + "\n"
				: this.printer.forecast(overview, this.lang.locale()));
		this.out.flush();
		return 0;
	}

}
