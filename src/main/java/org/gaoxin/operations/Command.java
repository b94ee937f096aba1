package org.gaoxin.operations;

import java.io.PrintWriter;
import java.util.List;

/**
 * A command of the command line ({@code java -jar gaoxin.jar NAME ...}). It runs in a
 * context without a web server when the application is stopped, and inside the running
 * application, asked through its control channel, when it runs (docs/decisions/0010).
 */
public interface Command {

	/** The first word on the command line. */
	String name();

	/**
	 * Runs the command with its own arguments (not the --spring.*, --gaoxin.* and
	 * --logging.* ones).
	 * @return the process's exit code
	 */
	int run(List<String> args, PrintWriter out);

	/**
	 * Whether the running application may run it for the command line as it is. A command
	 * that reads or writes files named on the command line does not: the launcher carries
	 * its data over the channel instead.
	 */
	default boolean runsInTheApplication() {
		return true;
	}

}
