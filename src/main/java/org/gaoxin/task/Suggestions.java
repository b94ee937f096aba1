package org.gaoxin.task;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.gaoxin.shared.Message;

/**
 * A generated item's suggestion is stored as a message code and its arguments, so that it
 * reads in the reader's language. Arguments are numbers and years: text without the
 * separator.
 */
final class Suggestions {

	private static final String SEPARATOR = "|";

	private Suggestions() {
	}

	static String args(Message suggestion) {
		if (suggestion == null) {
			return null;
		}
		return suggestion.args().stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR));
	}

	static Message of(String code, String args) {
		if (code == null) {
			return null;
		}
		List<Object> values = (args == null || args.isEmpty()) ? List.of()
				: Arrays.stream(args.split("\\" + SEPARATOR, -1)).map(Object.class::cast).toList();
		return new Message(code, values);
	}

}
