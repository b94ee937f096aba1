package org.gaoxin.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A non-demo start has no demo accounts and no default password: the first
 * administrator's comes from the environment.
 */
@SpringBootTest(properties = { "gaoxin.admin.initial-password=an-operator-chosen-passphrase",
		"spring.datasource.url=jdbc:h2:mem:gaoxin-first-admin;DB_CLOSE_DELAY=-1" })
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorTest {

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void onlyTheAdministratorExistsWithThePasswordFromTheEnvironment() {
		assertThat(this.accounts.users()).extracting(UserSummary::username).containsExactly("admin");
		String hash = this.users.loadUserByUsername("admin").getPassword();
		assertThat(hash).startsWith("$2");
		assertThat(this.encoder.matches("an-operator-chosen-passphrase", hash)).isTrue();
	}

}
