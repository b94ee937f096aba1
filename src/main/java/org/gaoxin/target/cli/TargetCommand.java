package org.gaoxin.target.cli;

import java.util.concurrent.Callable;

import org.gaoxin.operations.CommandLanguage;
import picocli.CommandLine.Option;

/**
 * What {@code forecast} and {@code path} share: the zone, the data year, the output
 * format and language. They run with the operator's access to the database files, so they
 * see every zone.
 */
abstract class TargetCommand implements Callable<Integer> {

	enum Format {

		table, json

	}

	@Option(names = "--zone", required = true, description = "zone code, e.g. QJ-HTZ")
	String zone;

	@Option(names = "--year", required = true, description = "the data year the targets are seen from")
	int year;

	@Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--lang", defaultValue = "zh",
			description = "zh or en: the language of names, labels and texts (default: ${DEFAULT-VALUE})")
	CommandLanguage lang = CommandLanguage.zh;

	CommandLanguage language() {
		return this.lang;
	}

}
