package org.gaoxin;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GaoxinApplication {

	/** Commands that run against the database without starting the web server. */
	static final Set<String> COMMANDS = Set.of("evaluate", "forecast", "path");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
			System.exit(runCommand(args, out));
		}
		SpringApplication.run(GaoxinApplication.class, args);
	}

	/**
	 * Starts the application without a web server, runs the command named by the first
	 * argument with the rest, and returns its exit code. Arguments of the form
	 * --spring.*=, --gaoxin.*= and --logging.*= configure the run (e.g.
	 * --spring.profiles.active=demo) and are not the command's.
	 */
	public static int runCommand(String[] args, PrintWriter out) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(GaoxinApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties("gaoxin.cli.command=" + args[0], "logging.level.root=WARN",
					"spring.main.log-startup-info=false")
			.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("commandOutput", out))
			.run(args);
		return SpringApplication.exit(context);
	}

}
