package org.gaoxin.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.gaoxin.intake.Change;

/**
 * What an import does with one row's record: create it, replace the stored one (with
 * every value that changes), or leave it as it is. {@code value} is the record as it will
 * be written, with what the handler learnt while planning (ids, the stored version).
 */
public record Decision<T>(Located<T> row, Action action, T value, List<Change> changes) {

	public static <T> Decision<T> create(Located<T> row, T value) {
		return new Decision<>(row, Action.CREATE, value, List.of());
	}

	public static <T> Decision<T> replaceOrKeep(Located<T> row, T value, List<Change> changes) {
		return new Decision<>(row, changes.isEmpty() ? Action.UNCHANGED : Action.REPLACE, value, changes);
	}

	/**
	 * A fingerprint of the decision: a confirmation writes only if planning again gives
	 * the same fingerprint for every row (the stored data did not change meanwhile).
	 */
	String hash() {
		StringBuilder text = new StringBuilder(this.action.name());
		for (Change change : this.changes) {
			text.append('\u0001')
				.append(change.field())
				.append('\u0002')
				.append(change.oldValue())
				.append('\u0002')
				.append(change.newValue());
		}
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
