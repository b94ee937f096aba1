package org.gaoxin.task.web;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.task.Tasks;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every supervision page shares: the zone shown, the departments, today, refusals.
 */
@Component
class TaskPages {

	private final ZoneChoices choices;

	private final Tasks tasks;

	private final Texts texts;

	TaskPages(ZoneChoices choices, Tasks tasks, Texts texts) {
		this.choices = choices;
		this.tasks = tasks;
		this.texts = texts;
	}

	/**
	 * The zone a page shows; enterprise users and chain leaders are refused before
	 * anything is read.
	 */
	ZoneYear zone(GaoxinPrincipal me, String zone, Integer year) {
		Tasks.requireParticipant(me.scope());
		return this.choices.choose(me, trim(zone, 32), year)
			.orElseThrow(() -> new AccessDeniedException("No zone to show"));
	}

	void common(ZoneYear shown, Model model) {
		model.addAttribute("choice", shown);
		model.addAttribute("zone", shown.zone());
		model.addAttribute("year", shown.year());
		model.addAttribute("departments", this.tasks.departments());
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("soonDays", this.tasks.soonDays());
	}

	/** A refusal in the reader's words, a field by its label on the form. */
	String refusal(MessageException ex) {
		if (ex instanceof InputRefused refused) {
			String key = "task.field." + refused.field();
			return this.texts.render(refused.textFor(this.texts.get(key)));
		}
		return this.texts.render(ex.text());
	}

	/**
	 * A choice named in a request (a filter's status): null when blank, refused by field
	 * when unknown — after the caller's role was checked, never before.
	 */
	static <E extends Enum<E>> E choice(Class<E> type, String field, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name.strip())) {
				return value;
			}
		}
		throw new InputRefused(field, "invalid");
	}

	/** Request text cut to what any field takes (a hostile megabyte is not looked up). */
	static String trim(String text, int max) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			return null;
		}
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

}
