package org.gaoxin.demo;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.gaoxin.operations.Command;
import org.gaoxin.operations.CommandLanguage;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.web.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

/**
 * The command line's {@code generate-province}: a synthetic province written into the
 * database (docs/BENCHMARKS.md, province scale).
 */
@Component
class GenerateProvinceCli implements Command {

	private final ProvinceGenerator generator;

	private final Texts texts;

	GenerateProvinceCli(ProvinceGenerator generator, Texts texts) {
		this.generator = generator;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "generate-province";
	}

	/** Files named on the command line are written where the command line runs. */
	@Override
	public boolean runsInTheApplication() {
		return false;
	}

	@Override
	public int run(List<String> args, PrintWriter out) {
		Options options = new Options();
		CommandLine command = new CommandLine(options);
		command.setOut(out);
		command.setErr(out);
		try {
			command.parseArgs(args.toArray(String[]::new));
		}
		catch (CommandLine.ParameterException ex) {
			out.println(ex.getMessage());
			command.usage(out);
			return 2;
		}
		if (command.isUsageHelpRequested()) {
			command.usage(out);
			return 0;
		}
		Locale locale = options.lang.locale();
		try {
			ProvinceGenerator.Plan plan = new ProvinceGenerator.Plan(options.zones, options.years, options.enterprises,
					options.seed);
			out.println(this.texts.render(Message.of("province.generating", plan.zones(), plan.years(),
					plan.enterprises(), plan.enterpriseYears(), String.valueOf(plan.seed())), locale));
			out.flush();
			java.util.function.Consumer<String> progress = (zone) -> {
				out.println(zone);
				out.flush();
			};
			if (options.out != null) {
				long rows = this.generator.writeFiles(plan, options.out, "xlsx".equals(options.format), locale,
						progress);
				out.println(this.texts
					.render(Message.of("province.written", rows, options.out.toAbsolutePath().toString()), locale));
				return 0;
			}
			ProvinceGenerator.Result result = this.generator.generate(plan, progress);
			out.println(this.texts.render(Message.of("province.generated", result.zones(), result.enterprises(),
					result.reports(), result.certificates(), result.registrations(), result.millis()), locale));
			return 0;
		}
		catch (MessageException ex) {
			out.println(this.texts.render(ex.text(), locale));
			return 1;
		}
	}

	@CommandLine.Command(name = "generate-province", mixinStandardHelpOptions = true,
			description = "Generates a synthetic province: zones x years x enterprises, deterministic from the seed.")
	static final class Options {

		@Option(names = "--zones", defaultValue = "3", description = "number of zones (default: ${DEFAULT-VALUE})")
		int zones;

		@Option(names = "--years", defaultValue = "3",
				description = "years per zone, ending 2021 (default: ${DEFAULT-VALUE})")
		int years;

		@Option(names = "--enterprises", defaultValue = "200",
				description = "enterprises per zone and year (default: ${DEFAULT-VALUE})")
		int enterprises;

		@Option(names = "--seed", defaultValue = "2021", description = "random seed (default: ${DEFAULT-VALUE})")
		long seed;

		@Option(names = "--out",
				description = "write import files (one folder per zone) to this folder instead of the database")
		java.nio.file.Path out;

		@Option(names = "--format", defaultValue = "csv",
				description = "csv or xlsx, with --out (default: ${DEFAULT-VALUE})")
		String format;

		@Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
		CommandLanguage lang = CommandLanguage.zh;

	}

}
