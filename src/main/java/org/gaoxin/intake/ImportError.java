package org.gaoxin.intake;

import org.gaoxin.shared.Message;

/**
 * A problem found in an import, located as a person finds it in the file: sheet, row and
 * column (letter and header), the value (shortened), and the rule it breaks.
 * {@code columnIndex} is zero-based, -1 for a problem of a whole row or of the header.
 */
public record ImportError(String sheet, int row, int columnIndex, String column, String value, Message rule) {

	/** What a cell's value is shown as, at most: a 150 MB cell is not kept. */
	public static final int MAX_VALUE_LENGTH = 200;

	public ImportError {
		if (value != null && value.length() > MAX_VALUE_LENGTH) {
			value = value.substring(0, MAX_VALUE_LENGTH) + "…";
		}
	}

}
