package org.gaoxin.operations.internal;

import java.io.PrintWriter;
import java.util.List;

import org.gaoxin.operations.Command;
import org.gaoxin.operations.Launcher;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the command line's command in a context without a web server, once the database is
 * ready (after standards and demo data load).
 */
@Component
@ConditionalOnProperty(name = "gaoxin.cli.command")
@Order(100)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;

	private final String name;

	private final PrintWriter out;

	private int exitCode = 1;

	CommandRunner(List<Command> commands, @Value("${gaoxin.cli.command}") String name,
			@Qualifier("commandOutput") PrintWriter out) {
		this.commands = commands;
		this.name = name;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		Command command = this.commands.stream()
			.filter((c) -> c.name().equals(this.name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No command " + this.name));
		this.exitCode = command.run(Launcher.ownArguments(args.getSourceArgs()), this.out);
		this.out.flush();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
