package org.gaoxin.intake.internal;

import java.util.List;
import java.util.function.IntConsumer;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ImportKind;

/**
 * How one kind of file is read, checked and written. {@link #plan} sees every parsed row
 * and the stored data and records an error on each row the user may not import or that
 * clashes; nothing is written unless no row has an error.
 */
public interface KindHandler<T> {

	ImportKind kind();

	List<Column> columns();

	/** The record of a row, or null when the row has errors (already recorded on it). */
	T parse(ParsedRow row);

	/** Two rows with the same key in one file are duplicates. */
	String key(T record);

	/** The column a row-level problem (duplicate, unknown enterprise) is reported at. */
	Column keyColumn();

	Plan<T> plan(List<Located<T>> rows, DataScope scope);

	void write(Plan<T> plan, DataScope scope, String source, IntConsumer progress);

	/**
	 * The zone-years whose figures the plan writes, "zone/year", for the data-quality
	 * check after it.
	 */
	default java.util.Set<String> touched(Plan<T> plan) {
		return java.util.Set.of();
	}

}
