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

	private final boolean ownWords;

	public InputRefused(String field, String rule, Object... args) {
		super(Message.of("validation." + rule, Stream.concat(Stream.of(field), Arrays.stream(args)).toArray()));
		this.field = field;
		this.rule = rule;
		this.args = args.clone();
		this.ownWords = false;
	}

	/**
	 * A refusal told in words of its own (a scenario's change by its number, the field by
	 * its label), still naming the field and the rule for programs.
	 */
	public InputRefused(Message text, String field, String rule) {
		super(text);
		this.field = field;
		this.rule = rule;
		this.args = new Object[0];
		this.ownWords = true;
	}

	/** The same refusal of another field (a property read deep inside a request body). */
	public InputRefused at(String otherField) {
		return this.ownWords ? new InputRefused(text(), otherField, this.rule)
				: new InputRefused(otherField, this.rule, this.args);
	}

	/**
	 * The text of the rule with the field as the reader knows it ({@code label}, e.g. a
	 * form column's name) in place of the field's name.
	 */
	public Message textFor(Object label) {
		return Message.of("validation." + this.rule,
				Stream.concat(Stream.of(label), Arrays.stream(this.args)).toArray());
	}

	public String field() {
		return this.field;
	}

	public String rule() {
		return this.rule;
	}

}
