package org.gaoxin.shared;

/**
 * A save made on a stale copy: someone saved the record after the form was opened.
 * Nothing was written; the text says whose value stands and what the user tried to save.
 */
public class EditConflict extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final int currentVersion;

	public EditConflict(Message text, int currentVersion) {
		this(text, java.util.List.of(), currentVersion);
	}

	/**
	 * A conflict over a record of many fields: {@code differences} says, field by field,
	 * the stored value and the typed one.
	 */
	public EditConflict(Message text, java.util.List<Message> differences, int currentVersion) {
		super(text, differences);
		this.currentVersion = currentVersion;
	}

	/** The version now stored, which a new attempt must name. */
	public int currentVersion() {
		return this.currentVersion;
	}

}
