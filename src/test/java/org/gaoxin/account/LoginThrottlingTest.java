package org.gaoxin.account;

import java.util.List;

import org.gaoxin.audit.AuditAction;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is throttled, through the sign-in form and HTTP Basic alike: after
 * five failures the account is locked, the right password included, until an
 * administrator lifts the lock (audited); an address with too many failures is locked
 * whatever the name. Each test signs in from its own address (documentation range) with
 * an account of its own, so the shared demo context's other tests are not locked out.
 */
@DemoApplicationTest
class LoginThrottlingTest {

	private static final String PASSWORD = "a-test-passphrase-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	LoginLocks locks;

	@Autowired
	AuditLog audit;

	@Autowired
	LoginProperties properties;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	private final DataScope admin = DataScope.everything(Role.ADMIN);

	@BeforeEach
	void createTheAccountsGuessedAt() {
		for (String name : List.of("guessed-form", "guessed-basic", "guessed-reset", "from-busy-address")) {
			if (this.accounts.users().stream().noneMatch((u) -> u.username().equals(name))) {
				this.accounts.create(new NewUser(name, PASSWORD, name, Role.VIEWER, null, null, null, null));
			}
		}
	}

	@AfterEach
	void liftEveryLock() {
		this.locks.current(this.admin).forEach((lock) -> this.locks.lift(lock.kind(), lock.key(), this.admin));
	}

	@Test
	void fiveWrongPasswordsInTheFormLockTheAccountUntilAnAdministratorLiftsIt() throws Exception {
		for (int i = 0; i < this.properties.maxFailures(); i++) {
			form("guessed-form", "wrong-" + i, "192.0.2.10").andExpect(redirectedUrl("/login?error"));
		}
		form("guessed-form", PASSWORD, "192.0.2.10").andExpect(redirectedUrl("/login?locked"));
		// from another address, the same account
		form("guessed-form", PASSWORD, "192.0.2.11").andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", "").param("lang", "en"))
			.andExpect(content().string(containsString("Too many failed sign-ins")))
			.andExpect(content().string(containsString("up to 15 minutes")));

		this.mvc.perform(get("/login-locks").with(user(this.users.loadUserByUsername(DemoAccounts.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("guessed-form")));
		this.mvc.perform(get("/login-locks").with(user(this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/login-locks/lift").param("kind", "ACCOUNT")
				.param("key", "guessed-form")
				.with(csrf())
				.with(user(this.users.loadUserByUsername(DemoAccounts.ADMIN))))
			.andExpect(redirectedUrl("/login-locks"));
		List<AuditEntry> history = this.audit.forRecord("login_lock", "account:guessed-form");
		assertThat(history).extracting(AuditEntry::action).containsSubsequence(AuditAction.CREATE, AuditAction.DELETE);
		assertThat(history.get(history.size() - 1).actor()).isEqualTo(DemoAccounts.ADMIN);

		form("guessed-form", PASSWORD, "192.0.2.10").andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveWrongPasswordsOverBasicLockTheAccountWith429AndRetryAfter() throws Exception {
		for (int i = 0; i < this.properties.maxFailures(); i++) {
			basic("guessed-basic", "wrong-" + i, "192.0.2.20").andExpect(status().isUnauthorized());
		}
		basic("guessed-basic", PASSWORD, "192.0.2.20").andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("login.locked.api"))
			.andExpect(jsonPath("$.detail").value(containsString("登录失败次数过多")));
		this.mvc
			.perform(get("/api/v1/enterprises").header("Accept-Language", "en")
				.with(httpBasic("guessed-basic", PASSWORD))
				.with(from("192.0.2.21")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value(containsString("Too many failed sign-ins")));

		this.mvc.perform(get("/api/v1/login-locks").with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/login-locks").with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$[?(@.key == 'guessed-basic')].kind").value(org.hamcrest.Matchers.hasItem("ACCOUNT")));
		this.mvc
			.perform(delete("/api/v1/login-locks/ACCOUNT/guessed-basic")
				.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(delete("/api/v1/login-locks/ACCOUNT/guessed-basic")
				.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(status().isNotFound());
		basic("guessed-basic", PASSWORD, "192.0.2.20").andExpect(status().isOk());
	}

	@Test
	void aSuccessfulSignInForgetsTheAccountsFailures() throws Exception {
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < this.properties.maxFailures() - 1; i++) {
				basic("guessed-reset", "wrong-" + i, "192.0.2.30").andExpect(status().isUnauthorized());
			}
			basic("guessed-reset", PASSWORD, "192.0.2.30").andExpect(status().isOk());
		}
	}

	@Test
	void anAddressGuessingManyNamesIsLockedForEveryName() throws Exception {
		for (int i = 0; i < this.properties.maxAddressFailures(); i++) {
			form("nobody-" + i, "wrong", "198.51.100.7").andExpect(redirectedUrl("/login?error"));
		}
		form("from-busy-address", PASSWORD, "198.51.100.7").andExpect(redirectedUrl("/login?locked"));
		basic("from-busy-address", PASSWORD, "198.51.100.7").andExpect(status().isTooManyRequests());
		// the same account from another address
		form("from-busy-address", PASSWORD, "198.51.100.8").andExpect(redirectedUrl("/"));
		assertThat(this.locks.current(this.admin)).extracting(LoginLock::kind, LoginLock::key)
			.contains(org.assertj.core.groups.Tuple.tuple(LoginLock.LockKind.ADDRESS, "198.51.100.7"));
	}

	@Test
	void anUnknownNameIsLockedLikeAKnownOneSoLocksDoNotRevealAccounts() throws Exception {
		for (int i = 0; i < this.properties.maxFailures(); i++) {
			form("no-such-user", "wrong-" + i, "192.0.2.40").andExpect(redirectedUrl("/login?error"));
		}
		form("no-such-user", "anything", "192.0.2.41").andExpect(redirectedUrl("/login?locked"));
	}

	private ResultActions form(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private ResultActions basic(String username, String password, String address) throws Exception {
		return this.mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, password)).with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
