package org.gaoxin.support;

import java.nio.charset.StandardCharsets;

import org.gaoxin.standard.Standard;
import org.gaoxin.standard.StandardFormatException;
import org.gaoxin.standard.Standards;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a fuzzed input of each parser must come to, shared by the fuzz test of each parser
 * and the one that fuzzes them all in one run (docs/decisions/0012).
 */
public final class FuzzChecks {

	private FuzzChecks() {
	}

	/** A standard, or a StandardFormatException naming its problems: nothing else. */
	public static void standardParsedOrRefused(Standards standards, byte[] file) {
		try {
			Standard standard = standards.parse("fuzz.yaml", file, "fuzz");
			assertThat(standard.code()).isNotBlank();
			assertThat(standard.indicators()).isNotEmpty();
		}
		catch (StandardFormatException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	/** The assessment or a 4xx, and nothing written. */
	public static void selfAssessmentAnsweredOrRefused(MockMvc mvc, UserDetails enterprise, JdbcClient jdbc,
			byte[] body) throws Exception {
		long audited = auditLines(jdbc);
		int status = mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(user(enterprise)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(new String(body, StandardCharsets.UTF_8)).isIn(200, 400, 413, 415, 422);
		assertThat(auditLines(jdbc)).isEqualTo(audited);
	}

	public static long auditLines(JdbcClient jdbc) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
	}

}
