package org.gaoxin.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Moments as the offices read them: in the platform's time zone
 * ({@code gaoxin.time-zone}, the application clock's), never the server's. Pages reach it
 * as {@code @times} ({@code ${@times.minutes(report.submittedAt())}}); Thymeleaf's
 * {@code #temporals} would show an instant in the server's zone.
 */
@Component("times")
public class LocalTimes {

	/** The zone of the offices the platform serves (China Standard Time). */
	public static final String DEFAULT_ZONE = "Asia/Shanghai";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Clock clock;

	LocalTimes(Clock clock) {
		this.clock = clock;
	}

	/** Local times in the given zone, outside a Spring context (tests, tools). */
	public static LocalTimes in(ZoneId zone) {
		return new LocalTimes(Clock.system(zone));
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	/** "2026-11-30 14:42", or "" for no moment. */
	public String minutes(Instant at) {
		return (at != null) ? MINUTES.format(at.atZone(zone())) : "";
	}

	/** "2026-11-30", the day of a moment, or "" for none. */
	public String day(Instant at) {
		return (at != null) ? DAY.format(at.atZone(zone())) : "";
	}

	/** "14:42", the time of day of a moment, or "" for none. */
	public String clock(Instant at) {
		return (at != null) ? CLOCK.format(at.atZone(zone())) : "";
	}

	/** "2026-11-30 14:42:05", or "" for no moment. */
	public String seconds(Instant at) {
		return (at != null) ? SECONDS.format(at.atZone(zone())) : "";
	}

	/** The day it is now where the offices are. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
