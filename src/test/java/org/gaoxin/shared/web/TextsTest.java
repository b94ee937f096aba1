package org.gaoxin.shared.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Money;
import org.gaoxin.shared.Unit;
import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

	private final StaticMessageSource bundle = new StaticMessageSource();

	private final Texts texts = new Texts(this.bundle, true);

	TextsTest() {
		this.bundle.addMessage("gap", Locale.SIMPLIFIED_CHINESE, "还需{0}({1})");
		this.bundle.addMessage("gap", Locale.ENGLISH, "{0} more ({1})");
		this.bundle.addMessage("format.money", Locale.SIMPLIFIED_CHINESE, "{0}万元");
		this.bundle.addMessage("format.money", Locale.ENGLISH, "{1} million yuan");
		this.bundle.addMessage("format.listSeparator", Locale.SIMPLIFIED_CHINESE, "、");
		this.bundle.addMessage("format.listSeparator", Locale.ENGLISH, ", ");
		this.bundle.addMessage("enum.Unit.PERSONS", Locale.SIMPLIFIED_CHINESE, "人");
		this.bundle.addMessage("enum.Unit.PERSONS", Locale.ENGLISH, "persons");
	}

	@Test
	void moneyIsShownIn10kYuanInChineseAndMillionYuanInEnglish() {
		Message gap = Message.of("gap", Money.thousandYuan(new BigDecimal("21371.019")), Unit.PERSONS);
		assertThat(this.texts.render(gap, Locale.SIMPLIFIED_CHINESE)).isEqualTo("还需2137.1019万元(人)");
		assertThat(this.texts.render(gap, Locale.ENGLISH)).isEqualTo("21.371019 million yuan more (persons)");
	}

	@Test
	void yearsAreNotGroupedAndListsAreJoinedInTheLanguage() {
		Message gap = Message.of("gap", 2021, List.of("甲", "乙"));
		assertThat(this.texts.render(gap, Locale.SIMPLIFIED_CHINESE)).isEqualTo("还需2021(甲、乙)");
		assertThat(this.texts.render(gap, Locale.ENGLISH)).isEqualTo("2021 more (甲, 乙)");
	}

	@Test
	void nestedMessagesAndLocalizedTextsAreRenderedInTheSameLanguage() {
		Message gap = Message.of("gap", Message.of("gap", 1, 2), new LocalizedText("研发", "R&D"));
		assertThat(this.texts.render(gap, Locale.ENGLISH)).isEqualTo("1 more (2) more (R&D)");
	}

	@Test
	void aMissingTextFailsInStrictMode() {
		assertThatThrownBy(() -> this.texts.render(Message.of("no.such.key"), Locale.ENGLISH))
			.isInstanceOf(NoSuchMessageException.class);
	}

}
