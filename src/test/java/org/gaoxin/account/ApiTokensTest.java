package org.gaoxin.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API tokens: shown once, stored as a hash, accepted as a bearer on the API with the
 * user's rights of the moment (never more), refused when unknown, expired, revoked or
 * their user disabled; read-only tokens only read; revocation by the owner and
 * administrators, another user's token not found; creation and revocation audited. Each
 * test works with users of its own, so the shared demo context is not disturbed.
 */
@DemoApplicationTest
class ApiTokensTest {

	private static final String EVALUATION = "/api/v1/zones/QJ-HTZ/evaluations?year=2021";

	private static final Pattern SECRET = Pattern.compile("gxt_[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@BeforeEach
	void createTheUsers() {
		for (String name : List.of("token-dept", "token-other", "token-demoted", "token-disabled")) {
			if (this.accounts.users().stream().noneMatch((u) -> u.username().equals(name))) {
				this.accounts.create(new NewUser(name, "a-test-passphrase-2026", name, Role.DEPARTMENT,
						DemoAccounts.QIANJIANG, null, "KJJ", null));
			}
		}
	}

	@Test
	void aTokenIsShownOnceStoredAsItsHashAndAuditedAndOpensTheApi() throws Exception {
		String page = this.mvc
			.perform(post("/tokens").param("name", "统计局接口")
				.param("days", "30")
				.with(user(principal("token-dept")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = SECRET.matcher(page);
		assertThat(found.find()).as("the secret is on the answer").isTrue();
		String secret = found.group();
		// 32 random bytes: 43 base64url characters after the prefix
		assertThat(secret).hasSize(ApiTokens.PREFIX.length() + 43);
		ApiToken token = this.tokens.mine(principal("token-dept")).get(0);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h")
			.param("h", ApiTokens.hash(secret))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id")
			.param("id", token.id())
			.query(String.class)
			.single()).isNotEqualTo(secret).hasSize(64);
		assertThat(token.expiresAt()).isEqualTo(token.createdAt().plus(Duration.ofDays(30)));
		assertThat(this.audit.forRecord("api_token", token.id())).extracting(AuditEntry::actor).contains("token-dept");
		// the list shows it, but not its secret
		this.mvc.perform(get("/tokens").with(user(principal("token-dept"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("统计局接口")))
			.andExpect(content().string(not(containsString(secret))));

		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.zoneCode").value("QJ-HTZ"));
		assertThat(this.tokens.mine(principal("token-dept")).get(0).lastUsedAt()).isNotNull();
	}

	@Test
	void unknownAndMalformedTokensAreA401Problem() throws Exception {
		for (String bearer : List.of("gxt_" + "A".repeat(43), "not-a-token", "")) {
			this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + bearer))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.code").value("token.invalid"));
		}
	}

	@Test
	void aTokenIsRefusedFromTheMomentItExpires() throws Exception {
		IssuedToken issued = this.tokens.create("到期测试", false, 1, principal("token-dept"));
		Instant now = this.clock.instant();
		expireAt(issued, now.plusSeconds(60));
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		expireAt(issued, now.minusMillis(1));
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("token.invalid"));
		// the boundary itself: expiry is exclusive
		ApiToken token = issued.token();
		assertThat(token.usableAt(token.expiresAt().minusNanos(1))).isTrue();
		assertThat(token.usableAt(token.expiresAt())).isFalse();
	}

	@Test
	void expiryIsRequiredAndBounded() {
		GaoxinPrincipal me = principal("token-dept");
		assertThatThrownBy(() -> this.tokens.create("令牌", false, null, me)).hasMessageContaining("validation.required");
		assertThatThrownBy(() -> this.tokens.create("令牌", false, 0, me)).hasMessageContaining("validation.range");
		assertThatThrownBy(() -> this.tokens.create("令牌", false, ApiTokens.MAX_DAYS + 1, me))
			.hasMessageContaining("validation.range");
		assertThatThrownBy(() -> this.tokens.create(" ", false, 5, me)).hasMessageContaining("validation.required");
	}

	@Test
	void aBadFormIsRefusedOnThePageWithNothingCreated() throws Exception {
		int before = this.tokens.mine(principal("token-other")).size();
		this.mvc
			.perform(post("/tokens").param("name", "<script>x</script>")
				.param("days", "9999")
				.param("lang", "en")
				.with(user(principal("token-other")))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from 1 to 365")))
			.andExpect(content().string(not(containsString("<script>x"))));
		assertThat(this.tokens.mine(principal("token-other"))).hasSize(before);
		this.mvc
			.perform(post("/tokens").param("name", "no csrf").param("days", "5").with(user(principal("token-other"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRevokedTokenIsRefusedAndTheRevocationAudited() throws Exception {
		IssuedToken issued = this.tokens.create("吊销测试", false, 10, principal("token-dept"));
		this.mvc
			.perform(post("/tokens/{id}/revoke", issued.token().id()).with(user(principal("token-dept"))).with(csrf()))
			.andExpect(redirectedUrl("/tokens"));
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
		assertThat(this.audit.forRecord("api_token", issued.token().id()))
			.anySatisfy((entry) -> assertThat(entry.field()).isEqualTo("revokedAt"));
	}

	@Test
	void anotherUsersTokenIsNotFoundButAnAdministratorSeesAndRevokesIt() throws Exception {
		IssuedToken issued = this.tokens.create("他人令牌", false, 10, principal("token-dept"));
		this.mvc
			.perform(post("/tokens/{id}/revoke", issued.token().id()).with(user(principal("token-other"))).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/tokens").with(user(principal("token-other"))))
			.andExpect(content().string(not(containsString("他人令牌"))));
		assertThatThrownBy(() -> this.tokens.all(principal("token-other").scope()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		this.mvc.perform(get("/tokens").with(user(principal(DemoAccounts.ADMIN))))
			.andExpect(content().string(containsString("他人令牌")));
		this.mvc
			.perform(post("/tokens/{id}/revoke", issued.token().id()).with(user(principal(DemoAccounts.ADMIN)))
				.with(csrf()))
			.andExpect(redirectedUrl("/tokens"));
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aReadOnlyTokenReadsButChangesNothing() throws Exception {
		IssuedToken reading = this.tokens.create("只读测试", true, 10, principal("token-dept"));
		IssuedToken writing = this.tokens.create("读写测试", false, 10, principal("token-dept"));
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + reading.secret()))
			.andExpect(status().isOk());
		String figure = "/api/v1/zones/QJ-HTZ/figures/no_such_figure";
		this.mvc
			.perform(post(figure).header("Authorization", "Bearer " + reading.secret())
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("token.readOnly"));
		// the same call with a read-write token reaches the API, which judges the body
		this.mvc
			.perform(post(figure).header("Authorization", "Bearer " + writing.secret())
				.contentType("application/json")
				.content("{}"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
	}

	@Test
	void aTokenHasItsUsersRightsOfTheMomentNeverMore() throws Exception {
		IssuedToken demoted = this.tokens.create("降级测试", false, 10, principal("token-demoted"));
		IssuedToken disabled = this.tokens.create("停用测试", false, 10, principal("token-disabled"));
		// the user's own data scope: another zone is refused as it is to the user
		this.mvc
			.perform(get("/api/v1/zones/WL-IP/evaluations?year=2021").header("Authorization",
					"Bearer " + demoted.secret()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + demoted.secret()))
			.andExpect(status().isOk());
		// losing the role: an enterprise user reads no zone evaluation
		this.jdbc.sql("UPDATE app_user SET role = 'ENTERPRISE' WHERE username = 'token-demoted'").update();
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + demoted.secret()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + disabled.secret()))
			.andExpect(status().isOk());
		this.jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'token-disabled'").update();
		this.mvc.perform(get(EVALUATION).header("Authorization", "Bearer " + disabled.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("token.invalid"));
	}

	private void expireAt(IssuedToken issued, Instant at) {
		this.jdbc.sql("UPDATE api_token SET expires_at = :at WHERE id = :id")
			.param("at", java.sql.Timestamp.from(at))
			.param("id", issued.token().id())
			.update();
	}

	private GaoxinPrincipal principal(String username) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(username);
	}

}
