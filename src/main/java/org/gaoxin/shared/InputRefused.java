package org.gaoxin.shared;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * An input refused at the edge: the field (a parameter, a form field, a JSON property
 * path) and the rule it breaks. Its text is {@code validation.<rule>} with the field
 * first, then the rule's own arguments; pages show it on the form or on the error page,
 * the API as a problem with {@code field} and {@code rule}.
 */
public class InputRefused extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	private final String rule;

	private final transient Object[] args;

	public InputRefused(String field, String rule, Object... args) {
		super(Message.of("validation." + rule, Stream.concat(Stream.of(field), Arrays.stream(args)).toArray()));
		this.field = field;
		this.rule = rule;
		this.args = args.clone();
	}

	/** The same refusal of another field (a property read deep inside a request body). */
	public InputRefused at(String otherField) {
		return new InputRefused(otherField, this.rule, this.args);
	}

	public String field() {
		return this.field;
	}

	public String rule() {
		return this.rule;
	}

}
