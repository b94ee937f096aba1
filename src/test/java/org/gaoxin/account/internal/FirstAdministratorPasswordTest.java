package org.gaoxin.account.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstAdministratorPasswordTest {

	@Test
	void generatedPasswordsAreLongAndUnambiguous() {
		assertThat(FirstAdministrator.generatePassword()).hasSize(20).doesNotContainPattern("[0O1lI]");
		assertThat(FirstAdministrator.generatePassword()).isNotEqualTo(FirstAdministrator.generatePassword());
	}

}
