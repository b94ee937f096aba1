package org.gaoxin.account.internal;

import java.security.SecureRandom;

import org.gaoxin.account.Accounts;
import org.gaoxin.account.NewUser;
import org.gaoxin.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there is no default password: on first start the administrator's
 * password comes from GAOXIN_ADMIN_PASSWORD, or is generated and printed once.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Accounts accounts;

	private final String configuredPassword;

	private final String command;

	FirstAdministrator(Accounts accounts, @Value("${gaoxin.admin.initial-password:}") String configuredPassword,
			@Value("${gaoxin.cli.command:}") String command) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
		this.command = command;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.countUsers() > 0 || !this.command.isBlank()) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? generatePassword() : this.configuredPassword;
		this.accounts.create(new NewUser("admin", password, "Administrator", Role.ADMIN, null, null, null, null));
		if (generated) {
			log.warn("Created the first administrator 'admin' with the generated password: {}"
					+ " (shown once; change it after signing in)", password);
		}
		else {
			log.info("Created the first administrator 'admin' with the password from GAOXIN_ADMIN_PASSWORD");
		}
	}

	static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
