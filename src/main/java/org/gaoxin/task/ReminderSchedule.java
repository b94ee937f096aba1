package org.gaoxin.task;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily check that escalates overdue items to headquarters (催办): at
 * {@code gaoxin.tasks.reminders.cron} (default 08:00) in the offices' time zone, today by
 * the application's clock. Off with {@code gaoxin.tasks.reminders.enabled=false} (the
 * tests call {@link Supervision#remind} with the day they choose).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "gaoxin.tasks.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final Supervision supervision;

	private final Clock clock;

	ReminderSchedule(Supervision supervision, Clock clock) {
		this.supervision = supervision;
		this.clock = clock;
	}

	@Scheduled(cron = "${gaoxin.tasks.reminders.cron:0 0 8 * * *}", zone = "${gaoxin.time-zone:Asia/Shanghai}")
	void remind() {
		int written = this.supervision.remind(LocalDate.now(this.clock));
		if (written > 0) {
			log.info("{} overdue items reminded to headquarters", written);
		}
	}

}
