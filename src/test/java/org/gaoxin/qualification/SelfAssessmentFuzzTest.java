package org.gaoxin.qualification;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.FuzzChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whatever body an enterprise posts for its self-assessment, the answer is the assessment
 * or a 4xx: never a 5xx, never a write. Seeds:
 * src/test/resources/org/gaoxin/qualification/SelfAssessmentFuzzTestInputs; JAZZER_FUZZ=1
 * fuzzes (docs/decisions/0012).
 */
@DemoApplicationTest
class SelfAssessmentFuzzTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@FuzzTest(maxDuration = "5m")
	void aSelfAssessmentBodyIsAssessedOrRefused(byte[] body) throws Exception {
		FuzzChecks.selfAssessmentAnsweredOrRefused(this.mvc, this.users.loadUserByUsername(DemoAccounts.ENTERPRISE),
				this.jdbc, body);
	}

}
