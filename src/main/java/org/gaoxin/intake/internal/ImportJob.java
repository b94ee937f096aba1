package org.gaoxin.intake.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.ImportError;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.ImportPhase;
import org.gaoxin.intake.ImportState;
import org.gaoxin.intake.ImportStatus;
import org.gaoxin.intake.PhaseProgress;
import org.gaoxin.intake.QualityCheck;
import org.gaoxin.shared.Message;

/**
 * One import: its state and what it keeps for its page, changed only through its own
 * methods, each of which checks that the step is allowed from where the import stands.
 * What it keeps is bounded: the first errors and changes (the rest counted), the header,
 * counters; the rows themselves are staged in the database.
 */
public final class ImportJob {

	/** Errors and changes a status shows. */
	static final int SHOWN = 500;

	private final UUID id = UUID.randomUUID();

	private final ImportKind kind;

	private final String fileName;

	private final String owner;

	private final DataScope scope;

	private final Path file;

	private final Clock clock;

	private final Instant started;

	private final int maxErrors;

	private final Map<ImportPhase, long[]> progress = new EnumMap<>(ImportPhase.class);

	private final List<ImportError> errors = new ArrayList<>();

	private final List<Change> changes = new ArrayList<>();

	private final List<Message> notes = new ArrayList<>();

	private final Set<String> touched = new TreeSet<>();

	private final List<QualityCheck> quality = new ArrayList<>();

	private ImportState state = ImportState.READING;

	private Instant finishedAt;

	private String sheet;

	private List<String> sheets = List.of();

	private HeaderMatch header;

	private int rowsRead;

	private int errorCount;

	private int changeCount;

	private int statusChangeCount;

	private int created;

	private int replaced;

	private int unchanged;

	private Message problem;

	ImportJob(ImportKind kind, String fileName, String owner, DataScope scope, Path file, Clock clock, int maxErrors) {
		this.kind = kind;
		this.fileName = fileName;
		this.owner = owner;
		this.scope = scope;
		this.file = file;
		this.clock = clock;
		this.started = clock.instant();
		this.maxErrors = maxErrors;
		for (ImportPhase phase : ImportPhase.values()) {
			this.progress.put(phase, new long[] { 0, 0, 0 });
		}
	}

	public UUID id() {
		return this.id;
	}

	public String owner() {
		return this.owner;
	}

	public ImportKind kind() {
		return this.kind;
	}

	public String fileName() {
		return this.fileName;
	}

	DataScope scope() {
		return this.scope;
	}

	Path file() {
		return this.file;
	}

	synchronized ImportState state() {
		return this.state;
	}

	synchronized String sheet() {
		return this.sheet;
	}

	synchronized HeaderMatch header() {
		return this.header;
	}

	synchronized Set<String> touched() {
		return Set.copyOf(this.touched);
	}

	synchronized List<ImportError> errors() {
		return List.copyOf(this.errors);
	}

	/** Finished and older than the moment given: forgotten. */
	synchronized boolean finishedBefore(Instant moment) {
		return this.state.finished() && this.finishedAt != null && this.finishedAt.isBefore(moment);
	}

	// --- the steps, each allowed only from where the import stands

	public synchronized void sheetChosen(String name) {
		require(ImportState.READING, ImportState.CHOOSING_SHEET);
		this.sheet = name;
		this.state = ImportState.READING;
	}

	synchronized void chooseSheet(List<String> candidates) {
		require(ImportState.READING);
		this.sheets = List.copyOf(candidates);
		finish(ImportState.CHOOSING_SHEET);
	}

	synchronized void headerFound(String sheetName, HeaderMatch match, List<Message> readerNotes) {
		require(ImportState.READING);
		this.sheet = sheetName;
		this.header = match;
		this.notes.addAll(readerNotes);
		match.errors().forEach(this::addError);
	}

	synchronized void note(Message note) {
		this.notes.add(note);
	}

	synchronized void rowRead() {
		this.rowsRead++;
	}

	synchronized void progress(ImportPhase phase, long done, long total) {
		long[] p = this.progress.get(phase);
		p[0] = done;
		p[1] = total;
	}

	synchronized void phaseDone(ImportPhase phase) {
		this.progress.get(phase)[2] = 1;
	}

	synchronized void addError(ImportError error) {
		this.errorCount++;
		if (this.errors.size() < this.maxErrors) {
			this.errors.add(error);
		}
	}

	synchronized boolean tooManyErrors() {
		return this.errorCount >= this.maxErrors;
	}

	synchronized boolean hasErrors() {
		return this.errorCount > 0;
	}

	synchronized void checking() {
		require(ImportState.READING);
		phaseDone(ImportPhase.READ);
		this.state = ImportState.CHECKING;
	}

	synchronized void planned(Action action, List<Change> rowChanges) {
		switch (action) {
			case CREATE -> this.created++;
			case REPLACE -> this.replaced++;
			default -> this.unchanged++;
		}
		for (Change change : rowChanges) {
			if (change.status()) {
				this.statusChangeCount++;
			}
			else {
				this.changeCount++;
			}
			if (this.changes.size() < SHOWN) {
				this.changes.add(change);
			}
		}
	}

	/**
	 * Errors found: nothing is written. A phase that ran to its end (every row read,
	 * every row checked) is finished, whatever it found.
	 */
	synchronized void failed() {
		require(ImportState.READING, ImportState.CHECKING);
		if (this.state == ImportState.CHECKING) {
			phaseDone(ImportPhase.CHECK);
		}
		finish(ImportState.FAILED);
	}

	/**
	 * The uploader discards an import waiting for them (to confirm its changes, or to
	 * choose a sheet): nothing is written.
	 */
	public synchronized void cancelled() {
		require(ImportState.AWAITING_CONFIRMATION, ImportState.CHOOSING_SHEET);
		finish(ImportState.CANCELLED);
	}

	synchronized void refused(Message why) {
		this.problem = why;
		finish(ImportState.REFUSED);
	}

	synchronized void awaitConfirmation() {
		require(ImportState.CHECKING);
		phaseDone(ImportPhase.CHECK);
		finish(ImportState.AWAITING_CONFIRMATION);
	}

	synchronized void writing() {
		require(ImportState.CHECKING);
		phaseDone(ImportPhase.CHECK);
		this.state = ImportState.WRITING;
	}

	synchronized void touches(Set<String> zoneYears) {
		this.touched.addAll(zoneYears);
	}

	synchronized void checkingQuality() {
		require(ImportState.WRITING);
		phaseDone(ImportPhase.WRITE);
		this.state = ImportState.CHECKING_QUALITY;
	}

	synchronized void qualityChecked(QualityCheck check) {
		this.quality.add(check);
	}

	synchronized void done() {
		require(ImportState.CHECKING_QUALITY);
		phaseDone(ImportPhase.QUALITY);
		finish(ImportState.DONE);
	}

	/**
	 * The uploader confirmed: from now on the import is writing, and can no longer be
	 * cancelled.
	 */
	public synchronized void confirming() {
		require(ImportState.AWAITING_CONFIRMATION);
		this.state = ImportState.WRITING;
	}

	public synchronized ImportStatus status() {
		List<PhaseProgress> phases = new ArrayList<>();
		this.progress.forEach((phase, p) -> phases.add(new PhaseProgress(phase, p[0], p[1], p[2] == 1)));
		return new ImportStatus(this.id, this.kind, this.fileName, this.owner, this.started, this.state, phases,
				this.sheet, (this.header != null) ? this.header.lastRow() : 0, this.sheets, List.copyOf(this.notes),
				this.rowsRead, this.created, this.replaced, this.unchanged, this.errorCount,
				List.copyOf(this.errors.subList(0, Math.min(SHOWN, this.errors.size()))), this.changeCount,
				this.statusChangeCount, List.copyOf(this.changes), this.problem, List.copyOf(this.quality));
	}

	private void finish(ImportState finished) {
		this.state = finished;
		this.finishedAt = this.clock.instant();
	}

	private void require(ImportState... allowed) {
		for (ImportState s : allowed) {
			if (this.state == s) {
				return;
			}
		}
		throw new IllegalStateException("Import " + this.id + " is " + this.state);
	}

}
