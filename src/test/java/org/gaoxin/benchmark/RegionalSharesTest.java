package org.gaoxin.benchmark;

import java.util.List;

import org.gaoxin.enterprise.ZoneEnterpriseCounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionalSharesTest {

	@Test
	void sharesAreRoundedToOneDecimal() {
		RegionalShares shares = new RegionalShares("QJ-HTZ", "渝东南", "South-east Chongqing", 2021, 350, 1228, 37, 66,
				List.of(), true, ZoneEnterpriseCounts.none("QJ-HTZ", 2021));
		assertThat(shares.techSmeSharePct()).isEqualByComparingTo("28.5");
		assertThat(shares.highTechSharePct()).isEqualByComparingTo("56.1");
	}

	@Test
	void noShareWhenADistrictOfTheRegionHasNoDataOnThePlatform() {
		RegionalShares shares = new RegionalShares("QJ-HTZ", "渝东南", "South-east Chongqing", 2021, 350, 350, 37, 37,
				List.of(), false, ZoneEnterpriseCounts.none("QJ-HTZ", 2021));
		assertThat(shares.techSmeSharePct()).isNull();
		assertThat(shares.highTechSharePct()).isNull();
	}

}
