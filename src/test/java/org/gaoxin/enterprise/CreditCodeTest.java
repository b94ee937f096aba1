package org.gaoxin.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GB 32100-2015: 18 characters, 31-character alphabet, check character over the first 17.
 */
class CreditCodeTest {

	@Test
	void acceptsPublishedCodes() {
		assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.of("91110000600037341L").divisionCode()).isEqualTo("110000");
	}

	@Test
	void normalisesCaseAndSurroundingSpace() {
		assertThat(CreditCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void rejectsWrongCheckCharacterNamingTheExpectedOne() {
		assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44")).isInstanceOf(InvalidCreditCodeException.class)
			.hasMessageContaining("校验位")
			.hasMessageContaining("gives 3");
	}

	@Test
	void rejectsWrongLength() {
		assertThatThrownBy(() -> CreditCode.of("91350100M000100Y4")).hasMessageContaining("18");
	}

	@Test
	void rejectsLettersTheStandardLeavesOut() {
		assertThatThrownBy(() -> CreditCode.of("91350100O000100Y43")).hasMessageContaining("character 9 'O'");
		assertThatThrownBy(() -> CreditCode.of("9135010SM000100Y43")).hasMessageContaining("'S'");
	}

	@Test
	void completesSeventeenCharactersWithTheirCheckCharacter() {
		assertThat(CreditCode.withCheckCharacter("91350100M000100Y4").value()).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.withCheckCharacter("91110000600037341").value()).endsWith("L");
	}

	@Test
	void everyCheckValueMapsIntoTheAlphabet() {
		// 31 - (sum mod 31) is 31 when the sum is a multiple of 31: the check character
		// is then '0'
		assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
	}

}
