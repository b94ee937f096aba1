package org.gaoxin.shared;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Moments read in the offices' zone, the setting's or Beijing's, never the server's. */
class LocalTimesTest {

	private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-30T22:42:05Z");

	@Test
	void aMomentReadsInTheConfiguredZone() {
		LocalTimes beijing = LocalTimes.in(ZoneId.of(LocalTimes.DEFAULT_ZONE));
		assertThat(beijing.minutes(LATE_EVENING_UTC)).isEqualTo("2026-12-01 06:42");
		assertThat(beijing.seconds(LATE_EVENING_UTC)).isEqualTo("2026-12-01 06:42:05");
		assertThat(LocalTimes.in(ZoneId.of("Asia/Urumqi")).minutes(LATE_EVENING_UTC)).isEqualTo("2026-12-01 04:42");
		assertThat(beijing.minutes(null)).isEmpty();
	}

	@Test
	void theClockFollowsTheSettingAndRefusesWhatIsNoZone() {
		assertThat(new ClockConfiguration().clock("Asia/Shanghai").getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(new ClockConfiguration().clock(" Asia/Urumqi ").getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
		assertThatThrownBy(() -> new ClockConfiguration().clock("Beijing")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("gaoxin.time-zone");
	}

}
