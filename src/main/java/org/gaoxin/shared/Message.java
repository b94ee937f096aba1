package org.gaoxin.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A user-facing text as a message-bundle code and its arguments. Engines and services
 * return messages, never finished sentences; the web layer renders them in the reader's
 * language ({@code org.gaoxin.shared.web.Texts}). An argument is rendered by its type: a
 * nested {@link Message}, a {@link Money} amount, an enum (its label), a
 * {@link LocalizedText}, a list (joined), a number (plain, no grouping) or text as it is.
 */
public record Message(String code, List<Object> args) {

	public Message {
		Objects.requireNonNull(code, "code");
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	public static Message of(String code, Object... args) {
		return new Message(code, Arrays.asList(args));
	}

	@Override
	public String toString() {
		return this.args.isEmpty() ? this.code : this.code + this.args;
	}

}
