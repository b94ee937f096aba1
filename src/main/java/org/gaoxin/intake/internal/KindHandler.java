package org.gaoxin.intake.internal;

import java.util.List;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ImportKind;

/**
 * How one kind of file is read, checked and written, a batch of rows at a time.
 * {@link #plan} sees a batch of parsed rows with the stored data they touch, records an
 * error on each row the caller may not import or that clashes, and decides the rest;
 * nothing is written unless no row has an error.
 */
public interface KindHandler<T> {

	ImportKind kind();

	List<Column> columns();

	/**
	 * The column a problem of the whole row (a duplicate, an unknown enterprise) is shown
	 * at.
	 */
	Column keyColumn();

	/** The record of a row, or null when the row has errors (already recorded on it). */
	T parse(ParsedRow row);

	/** Two rows with the same key in one file are duplicates. */
	String key(T record);

	List<Decision<T>> plan(List<Located<T>> rows, DataScope scope);

	/**
	 * Writes the batch's creations and replacements (decisions to leave a row unchanged
	 * are skipped).
	 */
	void write(List<Decision<T>> decisions, DataScope scope, String source);

	/**
	 * The zone-years ("zone/year") whose figures the record changes, for the quality
	 * check.
	 */
	default Set<String> touched(T record) {
		return Set.of();
	}

}
