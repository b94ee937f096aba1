package org.gaoxin.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewUserTest {

	@Test
	void printingANewUserNeverShowsItsPassword() {
		NewUser user = new NewUser("zhang.san", "a-secret-passphrase", "张三", Role.DEPARTMENT, "QJ-HTZ", null, "QJ-KJJ",
				null);
		assertThat(user.toString()).doesNotContain("a-secret-passphrase")
			.contains("zhang.san", "DEPARTMENT", "QJ-KJJ", "[hidden]");
		assertThat(String.valueOf(user)).isEqualTo(user.toString());
	}

}
