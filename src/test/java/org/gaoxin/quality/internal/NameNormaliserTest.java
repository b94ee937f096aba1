package org.gaoxin.quality.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormaliserTest {

	@Test
	void placeNamesLegalFormsBracketsAndSpacesAreRemoved() {
		assertThat(NameNormaliser.normalise("重庆黔江武陵科技有限公司", "黔江区")).isEqualTo("武陵科技");
		assertThat(NameNormaliser.normalise("武陵科技(黔江)股份有限公司", "黔江区")).isEqualTo("武陵科技");
		assertThat(NameNormaliser.normalise("重庆市黔江区 武陵科技有限责任公司", "黔江区")).isEqualTo("武陵科技");
		assertThat(NameNormaliser.normalise("【重庆】武陵 科技[集团]有限公司", "黔江区")).isEqualTo("武陵科技集团");
		assertThat(NameNormaliser.normalise("重庆黔江武陵智能科技有限公司", "黔江区")).isEqualTo("武陵智能科技");
	}

	@Test
	void districtsAreKnownByTheirShortNamesToo() {
		assertThat(NameNormaliser.shortName("黔江区")).isEqualTo("黔江");
		assertThat(NameNormaliser.shortName("石柱土家族自治县")).isEqualTo("石柱");
		assertThat(NameNormaliser.shortName("秀山土家族苗族自治县")).isEqualTo("秀山");
		assertThat(NameNormaliser.shortName("彭水苗族土家族自治县")).isEqualTo("彭水");
		assertThat(NameNormaliser.normalise("重庆石柱康达药业有限公司", "石柱土家族自治县")).isEqualTo("康达药业");
	}

	@Test
	void withoutADistrictOnlyTheRestIsRemoved() {
		assertThat(NameNormaliser.normalise("重庆黔江武陵科技有限公司", null)).isEqualTo("黔江武陵科技");
	}

}
