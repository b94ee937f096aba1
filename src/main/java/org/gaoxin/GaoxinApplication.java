package org.gaoxin;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.gaoxin.operations.Launcher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GaoxinApplication {

	/**
	 * The command line's commands: each runs in the running application if there is one
	 * on the same database, else against the database without a web server.
	 */
	static final Set<String> COMMANDS = Set.of("evaluate", "forecast", "path", "backup", "restore",
			"generate-province");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
			System.exit(runCommand(args, out));
		}
		SpringApplication.run(GaoxinApplication.class, args);
	}

	/**
	 * Runs the command named by the first argument with the rest, and returns its exit
	 * code: in the running application if one runs on the same database, else in this
	 * process without a web server. Arguments of the form --spring.*=, --gaoxin.*= and
	 * --logging.*= configure the run (e.g. --spring.profiles.active=demo) and are not the
	 * command's.
	 */
	public static int runCommand(String[] args, PrintWriter out) {
		return Launcher.run(GaoxinApplication.class, args, out);
	}

}
