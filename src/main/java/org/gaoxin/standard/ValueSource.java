package org.gaoxin.standard;

import java.util.Set;

/**
 * Where an indicator's value comes from: a formula over named inputs, or a yes/no fact
 * users enter.
 */
public sealed interface ValueSource {

	/**
	 * A formula over zone figures and aggregates; {@code inputs} are the names it uses.
	 */
	record Formula(String expression, Set<String> inputs) implements ValueSource {
	}

	/** A yes/no zone figure entered by a user. */
	record Fact(String figure) implements ValueSource {
	}

	/**
	 * A qualitative score (0–100) users enter for a zone-year on a scoring standard's
	 * indicator.
	 */
	record Entered() implements ValueSource {
	}

}
