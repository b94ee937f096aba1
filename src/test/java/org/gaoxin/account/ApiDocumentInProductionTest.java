package org.gaoxin.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A production start (no demo) serves neither the API document nor Swagger UI, even to an
 * administrator, and its pages do not link to them (docs/decisions/0011).
 */
@SpringBootTest(properties = { "gaoxin.admin.initial-password=an-operator-chosen-passphrase",
		"spring.datasource.url=jdbc:h2:mem:gaoxin-first-admin;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiDocumentInProductionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theApiDocumentAndSwaggerUiAreNotServed() throws Exception {
		var admin = this.users.loadUserByUsername("admin");
		this.mvc.perform(get("/v3/api-docs").with(user(admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/swagger-ui/index.html").with(user(admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/standards").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("swagger-ui"))));
	}

}
