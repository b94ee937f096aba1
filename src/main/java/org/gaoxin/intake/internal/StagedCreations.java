package org.gaoxin.intake.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gaoxin.account.DataScope;

/**
 * A kind whose new records are staged typed, as planned, and written set-based (decision
 * 0024): the check hands each batch's creations to {@link #stage}, and the write files
 * them all with one statement instead of planning every row again. Replacements still go
 * through {@link KindHandler#plan} and {@link KindHandler#write} a batch at a time, since
 * each is shown, confirmed and audited value by value.
 */
interface StagedCreations<T> {

	/** Stages a batch's new records as they will be written. */
	void stage(UUID job, List<Decision<T>> created);

	/**
	 * Writes every staged new record, inside the import's transaction.
	 * @param expected how many were staged, as the check counted them
	 * @throws org.springframework.dao.OptimisticLockingFailureException if the stored
	 * data changed since the check so that a record is no longer new or no longer the
	 * caller's to write, or the staged records are not the {@code expected} ones
	 */
	void writeStaged(UUID job, int expected, DataScope scope, String source);

	/** The zone-years ("zone/year") the staged records are in, for the quality check. */
	Set<String> touchedStaged(UUID job);

}
