package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.gaoxin.shared.Unit;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count reads as English writes it: one enterprise, two enterprises; Chinese has one
 * word.
 */
class TargetFormatTest {

	private final TargetFormat format = new TargetFormat(TestTexts.texts());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void oneOfACountedUnitIsSingularInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.format.measure(Unit.ENTERPRISES, BigDecimal.ONE)).isEqualTo("1 enterprise");
		assertThat(this.format.measure(Unit.ENTERPRISES, new BigDecimal("2"))).isEqualTo("2 enterprises");
		assertThat(this.format.measure(Unit.INDICATORS, BigDecimal.ONE)).isEqualTo("1 indicator");
		assertThat(this.format.measure(Unit.YI_YUAN, BigDecimal.ONE)).contains("100m yuan");
	}

	@Test
	void chineseHasOneWordForEveryCount() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.format.measure(Unit.ENTERPRISES, BigDecimal.ONE)).isEqualTo("1家");
		assertThat(this.format.measure(Unit.ENTERPRISES, new BigDecimal("37"))).isEqualTo("37家");
	}

}
