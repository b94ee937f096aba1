package org.gaoxin.qualification.rules;

import java.util.List;

import org.gaoxin.shared.Message;

/**
 * One required condition as judged: the enterprise's value, what the rule asks, the
 * outcome and, unless it passed, what is missing in the enterprise's own terms. Every
 * text is a {@link Message}, rendered in the reader's language.
 */
public record Condition(Message name, Message value, Message requirement, Outcome outcome, List<Message> gaps) {

	public Condition {
		gaps = List.copyOf(gaps);
	}

	static Condition judged(Message name, Message value, Message requirement, boolean passed, Message gap) {
		return new Condition(name, value, requirement, Outcome.of(passed), passed ? List.of() : List.of(gap));
	}

	/**
	 * A fact the platform does not record stays open until the enterprise declares it;
	 * never assumed.
	 */
	static Condition undeclared(Message name) {
		return new Condition(name, Format.NOT_DECLARED, Format.YES, Outcome.DEPENDS, List.of(Format.TO_BE_DECLARED));
	}

	public boolean passed() {
		return this.outcome == Outcome.PASS;
	}

	public boolean failed() {
		return this.outcome == Outcome.FAIL;
	}

}
