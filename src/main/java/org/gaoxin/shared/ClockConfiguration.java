package org.gaoxin.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the application, so tests can fix "now". Its zone is the one the offices
 * read times in ({@code gaoxin.time-zone}, default Asia/Shanghai), not the server's:
 * every shown date-time and every "today" or "this year" follows it ({@link LocalTimes}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${gaoxin.time-zone:" + LocalTimes.DEFAULT_ZONE + "}") String zone) {
		return Clock.system(zone(zone));
	}

	static ZoneId zone(String zone) {
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException(
					"gaoxin.time-zone: '" + zone + "' is not a time zone (write one such as Asia/Shanghai)", ex);
		}
	}

}
