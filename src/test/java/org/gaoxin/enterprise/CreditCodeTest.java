package org.gaoxin.enterprise;

import org.gaoxin.support.TestTexts;
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
		assertThat(TestTexts.zh(CreditCode.problemWith("91350100M000100Y44"))).contains("校验位", "应为3");
		assertThat(TestTexts.en(CreditCode.problemWith("91350100M000100Y44"))).contains("gives 3");
		assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44")).isInstanceOf(InvalidCreditCodeException.class);
	}

	@Test
	void rejectsWrongLength() {
		assertThatThrownBy(() -> CreditCode.of("91350100M000100Y4")).isInstanceOf(InvalidCreditCodeException.class);
		assertThat(TestTexts.en(CreditCode.problemWith("91350100M000100Y4"))).contains("18 characters, this one 17");
	}

	@Test
	void rejectsLettersTheStandardLeavesOut() {
		assertThat(TestTexts.en(CreditCode.problemWith("91350100O000100Y43"))).contains("character 9 'O'");
		assertThat(TestTexts.en(CreditCode.problemWith("9135010SM000100Y43"))).contains("'S'");
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
